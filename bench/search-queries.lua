-- wrk script for bench/search.sh: each request is the search page with the next query from a list of
-- practitioner-style queries (one to three words; some misspelt, some typed without accents) in English,
-- French and Spanish, on /en/search, /fr/search and /es/search. Queries are URL-encoded when loaded.
local queries = {
  en = {
    "registration", "water", "shelter", "child protection", "case management", "referral pathway",
    "food distribution", "fire evacuation plan", "complaint", "complaints feedback", "data protection",
    "privacy consent", "warehouse stock", "stock inventory", "closure", "centre closure", "household survey",
    "medical referral", "budget", "volunteer training", "kitchen hygiene", "staff recruitment",
    "staff wellbeing", "burnout", "interpreter", "translation", "information leaflet", "noticeboard",
    "hotline", "reception", "arrival registration", "night shift", "security guard", "incident report",
    "monitoring indicators", "occupancy", "capacity", "latrine", "shower", "waste", "cleaning schedule",
    "laundry", "mattress", "blanket distribution", "winter heating", "electricity", "ventilation",
    "disability access", "wheelchair ramp", "unaccompanied minors", "separated children", "guardian",
    "gender based violence", "trafficking", "mental health", "psychosocial support", "vaccination",
    "outbreak", "cholera", "quarantine isolation", "tuberculosis screening", "pregnancy", "nutrition",
    "school", "homework", "playground", "sport activities", "residents committee", "participation",
    "code of conduct", "eviction", "transfer", "bus transport", "cash voucher", "procurement tender",
    "supplier invoice", "handover", "phase out", "exit strategy", "lessons learned", "audit", "registraton",
    "interpeter", "vacination", "warehose", "complant", "evacutaion", "sanitaton", "reunificaton",
  },
  fr = {
    "enregistrement", "eau", "abri", "protection de l'enfance", "gestion des dossiers", "orientation",
    "distribution alimentaire", "plan d'évacuation incendie", "plainte", "plaintes", "données personnelles",
    "confidentialité", "consentement", "entrepôt", "stock", "fermeture du centre", "enquête ménage", "santé",
    "bénévoles", "formation du personnel", "cuisine hygiène", "recrutement", "épuisement", "interprète",
    "traduction", "dépliant", "affichage", "accueil", "arrivée", "gardiennage", "incident",
    "suivi indicateurs", "capacité", "latrines", "douches", "déchets", "nettoyage", "blanchisserie",
    "matelas", "couvertures", "chauffage hiver", "électricité", "handicap accès", "mineurs non accompagnés",
    "enfants séparés", "tuteur", "violence", "traite", "santé mentale", "soutien psychosocial", "vaccination",
    "épidémie", "choléra", "quarantaine", "grossesse", "nutrition", "école", "devoirs",
    "comité des résidents", "participation", "règlement", "expulsion", "transfert", "bus", "espèces", "bons",
    "achats", "fournisseur facture", "passation", "stratégie de sortie", "leçons", "audit", "securite",
    "donnees", "entrepot", "evacuation incendie", "hebergement", "benevole", "sante mentale", "epidemie",
    "fermeture", "enregistrment", "interprete", "vacinnation", "plainnte", "assainisement", "hébergment",
  },
  es = {
    "registro", "agua", "albergue", "protección infancia", "gestión de casos", "derivación",
    "distribución de alimentos", "plan de evacuación", "incendio", "queja", "quejas", "datos personales",
    "privacidad", "consentimiento", "almacén", "existencias", "inventario", "cierre del centro",
    "encuesta hogares", "salud", "voluntarios", "formación del personal", "cocina higiene", "contratación",
    "agotamiento", "intérprete", "traducción", "folleto", "tablón de anuncios", "recepción", "llegada",
    "vigilancia", "incidente", "seguimiento indicadores", "ocupación", "letrinas", "duchas", "residuos",
    "limpieza", "lavandería", "colchones", "mantas", "calefacción invierno", "electricidad", "discapacidad",
    "menores no acompañados", "niños separados", "tutor", "violencia de género", "trata", "salud mental",
    "apoyo psicosocial", "vacunación", "brote", "cólera", "cuarentena", "embarazo", "nutrición", "escuela",
    "tareas", "comité de residentes", "participación", "reglamento", "desalojo", "traslado", "autobús",
    "efectivo", "vales", "compras", "proveedor factura", "traspaso", "estrategia de salida",
    "lecciones aprendidas", "auditoría", "proteccion", "almacen", "evacuacion", "alojamiento", "derivacion",
    "calefaccion", "informacion", "educacion", "regsitro", "presupusto", "interprete", "vacunacion",
    "seguimeinto", "alojamineto",
  },
}

local paths = {}
for _, lang in ipairs({ "en", "fr", "es" }) do
  for _, q in ipairs(queries[lang]) do
    local encoded = q:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", c:byte()) end)
    paths[#paths + 1] = "/" .. lang .. "/search?q=" .. encoded
  end
end

-- each wrk thread starts at a different place in the list
local threads = 0
function setup(thread)
  thread:set("offset", threads * 101)
  threads = threads + 1
end

local i = 0
function request()
  i = i + 1
  return wrk.format("GET", paths[((i + (offset or 0)) % #paths) + 1], { ["Accept-Encoding"] = "gzip" })
end
