#!/usr/bin/env python3
"""Writes a large synthetic content package for the search benchmark (format: docs/content-packages.md):
4 categories, N entries each in English, French and Spanish, and N/50 resources that are links (no files).
Deterministic (seeded). The text is generated from a domain word list (about 300 words, aligned across the
three languages, common words first): it reads like nothing in particular, but it has the vocabulary,
word frequencies and lengths of a real guide. Each entry draws most of its words from a small theme, so a
word appears in a part of the corpus rather than in every entry.

Usage: python3 bench/generate-corpus.py OUT_DIR [--entries 10000]
"""
import os
import random
import sys

# English|French|Spanish, in rough order of frequency (the first words appear most).
VOCABULARY = """
    registration|enregistrement|registro  shelter|abri|albergue  water|eau|agua  sanitation|assainissement|saneamiento
    protection|protection|protección  case|dossier|caso  referral|orientation|derivación  distribution|distribution|distribución
    health|santé|salud  education|éducation|educación  staff|personnel|personal  data|données|datos
    report|rapport|informe  monitoring|suivi|seguimiento  closure|fermeture|cierre  safety|sécurité|seguridad
    family|famille|familia  children|enfants|niños  household|ménage|hogar  food|nourriture|alimentos
    hygiene|hygiène|higiene  complaint|plainte|queja  feedback|avis|retroalimentación  interpreter|interprète|intérprete
    transport|transport|transporte  medical|médical|sanitario  security|gardiennage|vigilancia  volunteer|bénévole|voluntario
    partner|partenaire|socio  authority|autorité|autoridad  budget|budget|presupuesto  procurement|achats|compras
    warehouse|entrepôt|almacén  stock|stock|existencias  inventory|inventaire|inventario  training|formation|formación
    community|communauté|comunidad  accommodation|hébergement|alojamiento  privacy|confidentialité|privacidad  consent|consentement|consentimiento
    record|registre|expediente  survey|enquête|encuesta  assessment|évaluation|evaluación  coordination|coordination|coordinación
    meeting|réunion|reunión  plan|plan|plan  emergency|urgence|emergencia  fire|incendie|incendio
    evacuation|évacuation|evacuación  laundry|blanchisserie|lavandería  kitchen|cuisine|cocina  clinic|clinique|clínica
    counselling|accompagnement|asesoramiento  legal|juridique|jurídico  documentation|documentation|documentación  arrival|arrivée|llegada
    departure|départ|partida  resident|résident|residente  residents|résidents|residentes  centre|centre|centro
    site|site|sitio  camp|camp|campamento  building|bâtiment|edificio  room|chambre|habitación
    bed|lit|cama  mattress|matelas|colchón  blanket|couverture|manta  toilet|toilettes|inodoro
    shower|douche|ducha  latrine|latrine|letrina  waste|déchets|residuos  cleaning|nettoyage|limpieza
    maintenance|maintenance|mantenimiento  repair|réparation|reparación  electricity|électricité|electricidad  heating|chauffage|calefacción
    ventilation|ventilation|ventilación  lighting|éclairage|iluminación  access|accès|acceso  disability|handicap|discapacidad
    ramp|rampe|rampa  elderly|âgées|mayores  women|femmes|mujeres  girls|filles|niñas
    boys|garçons|chicos  minors|mineurs|menores  guardian|tuteur|tutor  adolescents|adolescents|adolescentes
    infant|nourrisson|lactante  pregnancy|grossesse|embarazo  nutrition|nutrition|nutrición  vaccination|vaccination|vacunación
    disease|maladie|enfermedad  outbreak|épidémie|brote  isolation|isolement|aislamiento  quarantine|quarantaine|cuarentena
    mental|mentale|mental  psychosocial|psychosocial|psicosocial  support|soutien|apoyo  violence|violence|violencia
    abuse|abus|abuso  exploitation|exploitation|explotación  trafficking|traite|trata  risk|risque|riesgo
    vulnerability|vulnérabilité|vulnerabilidad  identification|identification|identificación  screening|dépistage|cribado  interview|entretien|entrevista
    asylum|asile|asilo  refugee|réfugié|refugiado  migrant|migrant|migrante  displacement|déplacement|desplazamiento
    return|retour|retorno  resettlement|réinstallation|reasentamiento  integration|intégration|integración  language|langue|idioma
    translation|traduction|traducción  information|information|información  notice|affichage|aviso  leaflet|dépliant|folleto
    noticeboard|panneau|tablón  hotline|permanence|línea  helpdesk|guichet|ventanilla  schedule|horaire|horario
    queue|file|cola  waiting|attente|espera  reception|accueil|recepción  rules|règlement|reglamento
    code|code|código  conduct|conduite|conducta  participation|participation|participación  committee|comité|comité
    representative|représentant|representante  election|élection|elección  leadership|direction|liderazgo  consultation|consultation|consulta
    activities|activités|actividades  recreation|loisirs|recreación  sport|sport|deporte  school|école|escuela
    teacher|enseignant|docente  classroom|classe|aula  homework|devoirs|tareas  playground|terrain|patio
    library|bibliothèque|biblioteca  internet|internet|internet  phone|téléphone|teléfono  charging|recharge|carga
    computer|ordinateur|ordenador  software|logiciel|programa  form|formulaire|formulario  template|modèle|plantilla
    checklist|checklist|lista  indicator|indicateur|indicador  target|cible|meta  baseline|référence|referencia
    analysis|analyse|análisis  dashboard|synthèse|panel  statistics|statistiques|estadísticas  occupancy|occupation|ocupación
    capacity|capacité|capacidad  population|population|población  demographics|démographie|demografía  age|âge|edad
    gender|genre|género  nationality|nationalité|nacionalidad  origin|origine|origen  contract|contrat|contrato
    tender|appel|licitación  supplier|fournisseur|proveedor  invoice|facture|factura  payment|paiement|pago
    cash|espèces|efectivo  voucher|bon|vale  card|carte|tarjeta  allowance|allocation|asignación
    salary|salaire|salario  recruitment|recrutement|contratación  supervision|supervision|supervisión  manager|responsable|gerente
    coordinator|coordinateur|coordinador  team|équipe|equipo  shift|roulement|turno  night|nuit|noche
    holiday|congé|vacaciones  wellbeing|bien-être|bienestar  burnout|épuisement|agotamiento  insurance|assurance|seguro
    contingency|imprévus|contingencia  preparedness|préparation|preparación  drill|exercice|simulacro  alarm|alarme|alarma
    extinguisher|extincteur|extintor  exit|sortie|salida  guard|gardien|guardia  patrol|ronde|patrulla
    incident|incident|incidente  police|police|policía  conflict|conflit|conflicto  mediation|médiation|mediación
    tension|tension|tensión  dispute|litige|disputa  discipline|discipline|disciplina  sanction|sanction|sanción
    eviction|expulsion|desalojo  transfer|transfert|traslado  bus|bus|autobús  vehicle|véhicule|vehículo
    fuel|carburant|combustible  logistics|logistique|logística  storage|stockage|almacenamiento  delivery|livraison|entrega
    item|article|artículo  clothing|vêtements|ropa  shoes|chaussures|zapatos  diapers|couches|pañales
    soap|savon|jabón  towels|serviettes|toallas  kits|kits|kits  meals|repas|comidas
    dinner|dîner|cena  diet|régime|dieta  allergy|allergie|alergia  drinking|potable|potable
    tank|réservoir|depósito  pipe|tuyau|tubería  leak|fuite|fuga  pests|nuisibles|plagas
    rodents|rongeurs|roedores  disinfection|désinfection|desinfección  cholera|choléra|cólera  diarrhoea|diarrhée|diarrea
    tuberculosis|tuberculose|tuberculosis  hospital|hôpital|hospital  nurse|infirmier|enfermera  doctor|médecin|médico
    pharmacy|pharmacie|farmacia  medicine|médicament|medicamento  ambulance|ambulance|ambulancia  aid|aide|ayuda
    winter|hiver|invierno  summer|été|verano  heat|chaleur|calor  cold|froid|frío
    flood|inondation|inundación  earthquake|séisme|terremoto  storm|tempête|tormenta  municipality|municipalité|municipio
    ministry|ministère|ministerio  government|gouvernement|gobierno  donor|bailleur|donante  funding|financement|financiación
    proposal|proposition|propuesta  agreement|accord|acuerdo  handover|passation|traspaso  strategy|stratégie|estrategia
    phase|phase|fase  transition|transition|transición  lessons|leçons|lecciones  learning|apprentissage|aprendizaje
    review|revue|revisión  audit|audit|auditoría  accountability|redevabilité|responsabilidad  transparency|transparence|transparencia
    dignity|dignité|dignidad  rights|droits|derechos  needs|besoins|necesidades  services|services|servicios
    assistance|assistance|asistencia  livelihoods|subsistance|subsistencia  employment|emploi|empleo  work|travail|trabajo
    skills|compétences|habilidades  certificate|certificat|certificado  identity|identité|identidad  birth|naissance|nacimiento
    death|décès|fallecimiento  burial|inhumation|entierro  tracing|recherche|búsqueda  reunification|regroupement|reunificación
    separated|séparés|separados  missing|disparus|desaparecidos  pets|animaux|mascotas  religion|religion|religión
    prayer|prière|oración  culture|culture|cultura  respect|respect|respeto  noise|bruit|ruido
    curfew|couvre-feu|toque  visitors|visiteurs|visitantes  entrance|entrée|entrada  badge|badge|credencial
    camera|caméra|cámara  photo|photo|foto  media|médias|medios  journalist|journaliste|periodista
    social|social|social  worker|travailleur|trabajador  psychologist|psychologue|psicólogo  lawyer|avocat|abogado
    court|tribunal|tribunal  appeal|recours|recurso  decision|décision|decisión  status|statut|estatuto
    permit|permis|permiso  residence|résidence|residencia  detention|détention|detención  alternatives|alternatives|alternativas
    standards|normes|normas  minimum|minimum|mínimo  space|espace|espacio  partition|cloison|tabique
    lock|serrure|cerradura  furniture|mobilier|muebles  layout|aménagement|disposición  map|carte|mapa
"""
TRIPLES = [t.split("|") for t in VOCABULARY.split()]
LANGS = ("en", "fr", "es")
WORDS = {lang: [t[i] for t in TRIPLES] for i, lang in enumerate(LANGS)}
WEIGHTS = [1 / (rank + 8) for rank in range(len(TRIPLES))]  # Zipf-like
CUMULATIVE = [sum(WEIGHTS[:i + 1]) for i in range(len(WEIGHTS))]
GLUE = {  # aligned across the languages
    "en": ["and", "for", "with", "in the", "of the", "before", "after", "during", "by", "to the", "from"],
    "fr": ["et", "pour", "avec", "dans le", "du", "avant", "après", "pendant", "par", "au", "des"],
    "es": ["y", "para", "con", "en el", "del", "antes de", "después de", "durante", "por", "a la", "de"]}
GLUE_EN = {w for g in GLUE["en"] for w in g.split()}
CATEGORIES = [  # slug, English, French, Spanish
    ("site-operations", "Site operations", "Fonctionnement du site", "Funcionamiento del sitio"),
    ("services-and-support", "Services and support", "Services et soutien", "Servicios y apoyo"),
    ("people-and-rights", "People and rights", "Personnes et droits", "Personas y derechos"),
    ("planning-and-reporting", "Planning and reporting", "Planification et rapports", "Planificación e informes"),
]
PHASES = ["set-up", "running", "phase-out"]


def picks(rng, theme, n):
    """n word numbers: four in five from the entry's theme, the rest from the whole list."""
    return [rng.choice(theme) if rng.random() < 0.8 else rng.choices(range(len(TRIPLES)), cum_weights=CUMULATIVE)[0]
            for _ in range(n)]


def words(rng, lang, theme, n):
    return [WORDS[lang][i] for i in picks(rng, theme, n)]


def sentence(rng, lang, theme, n, stop="."):
    out = []
    for i, word in enumerate(words(rng, lang, theme, n)):
        out.append(word)
        if i < n - 1 and rng.random() < 0.35:
            out.append(rng.choice(GLUE[lang]))
    text = " ".join(out)
    return text[0].upper() + text[1:] + stop


def titles(rng, theme):
    """The same 3 to 5 words in each language, with at most one glue word or two: 3 to 7 words."""
    chosen = picks(rng, theme, rng.randint(3, 5))
    glue = rng.randint(1, len(chosen) - 1) if rng.random() < 0.5 else None
    glue_word = rng.randrange(len(GLUE["en"]))
    out = {}
    for lang in LANGS:
        text = [WORDS[lang][i] for i in chosen]
        if glue is not None:
            text.insert(glue, GLUE[lang][glue_word])
        out[lang] = " ".join(text)[0].upper() + " ".join(text)[1:]
    return out


def quoted(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def body(rng, lang, theme, numbered):
    parts = []
    for section in range(2):
        parts.append("## " + sentence(rng, lang, theme, rng.randint(2, 4), stop=""))
        paragraph, count = [], 0
        while count < 110:
            s = sentence(rng, lang, theme, rng.randint(8, 16))
            paragraph.append(s)
            count += len(s.split())
        parts.append(" ".join(paragraph))
        if numbered and section == 1:
            parts.append("\n".join(f"{k}. {sentence(rng, lang, theme, rng.randint(4, 7))}" for k in (1, 2, 3)))
    return "\n\n".join(parts) + "\n"


def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    if len(sys.argv) < 2 or sys.argv[1].startswith("-"):
        sys.exit(__doc__)
    out = sys.argv[1]
    entries = int(sys.argv[sys.argv.index("--entries") + 1]) if "--entries" in sys.argv else 10000
    rng = random.Random(2026)
    everything = range(len(TRIPLES))
    os.makedirs(os.path.join(out, "resources"), exist_ok=True)
    write(os.path.join(out, "package.yaml"), "format: 1\ntitle: Synthetic benchmark corpus\nsource_language: en\n")
    for position, (slug, *names) in enumerate(CATEGORIES, 1):
        os.makedirs(os.path.join(out, "categories", slug), exist_ok=True)
        theme = rng.sample(everything, 12)
        lines = [f"position: {position}", "visibility: public", "title:"]
        lines += [f"  {lang}: {quoted(title)}" for lang, title in zip(LANGS, names)]
        lines += ["description:"] + [f"  {lang}: {quoted(sentence(rng, lang, theme, 14))}" for lang in LANGS]
        write(os.path.join(out, "categories", slug, "category.yaml"), "\n".join(lines) + "\n")
    slugs = []
    for n in range(1, entries + 1):
        category = CATEGORIES[n % 4][0]
        theme = sorted(set(rng.choices(everything, cum_weights=CUMULATIVE, k=14)))  # common words more often
        title = titles(rng, theme)
        slug = f"e-{n:05d}-" + "-".join([w for w in title["en"].lower().split() if w not in GLUE_EN][:3])
        slugs.append(slug)
        phases = sorted(rng.sample(PHASES, rng.randint(1, 3)), key=PHASES.index)
        topics = sorted({WORDS["en"][i] for i in rng.sample(theme, min(2, len(theme)))})
        numbered = n % 4 == 0
        for lang in LANGS:
            summary = sentence(rng, lang, theme, 20)
            while len(summary) > 400:
                summary = sentence(rng, lang, theme, 20)
            lines = ["---", f"title: {quoted(title[lang])}", f"summary: {quoted(summary)}", "key_points:"]
            lines += [f"  - {quoted(sentence(rng, lang, theme, rng.randint(6, 10)))}" for _ in range(rng.randint(3, 5))]
            if lang == "en":
                lines += [f"position: {n}", "visibility: public", f"phases: [{', '.join(phases)}]",
                          f"topics: [{', '.join(topics)}]", "updated: 2026-11-20"]
            lines += ["---", body(rng, lang, theme, numbered)]
            write(os.path.join(out, "categories", category, f"{slug}.{lang}.md"), "\n".join(lines))
    resources = entries // 50
    for n in range(1, resources + 1):
        theme = rng.sample(everything, 10)
        lines = [f"type: {rng.choice(['guidance', 'tool', 'good-practice', 'field-example', 'training'])}",
                 "visibility: public", "publisher: Benchmark", "year: 2026",
                 f"entries: [{', '.join(rng.sample(slugs, min(len(slugs), rng.randint(1, 3))))}]", "title:"]
        lines += [f"  {lang}: {quoted(sentence(rng, lang, theme, 4, stop=''))}" for lang in LANGS]
        lines += ["description:"] + [f"  {lang}: {quoted(sentence(rng, lang, theme, 15))}" for lang in LANGS]
        lines += [f"link: https://example.org/resources/{n}"]
        write(os.path.join(out, "resources", f"r-{n:04d}.yaml"), "\n".join(lines) + "\n")
    print(f"{entries} entries in {len(LANGS)} languages, {resources} link resources in {out}")


if __name__ == "__main__":
    main()
