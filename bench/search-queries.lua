-- wrk script for bench/search.sh: each request is a search from a rotating list of practitioner-style
-- queries (one to three words, some misspelt) in English, French and Spanish.
local queries = {
  "/en/search?q=registration", "/en/search?q=water%20sanitation", "/en/search?q=registraton",
  "/en/search?q=child%20protection", "/en/search?q=fire%20evacuation%20plan", "/en/search?q=complaint",
  "/en/search?q=data%20privacy", "/en/search?q=warehouse%20stock", "/en/search?q=interpeter",
  "/en/search?q=closure", "/en/search?q=household%20survey", "/en/search?q=medical%20referral",
  "/en/search?q=budget", "/en/search?q=volunteer%20training", "/en/search?q=kitchen%20hygiene",
  "/fr/search?q=enregistrement", "/fr/search?q=eau%20assainissement", "/fr/search?q=securite",
  "/fr/search?q=plainte", "/fr/search?q=donnees%20personnelles", "/fr/search?q=entrepot",
  "/fr/search?q=fermeture%20du%20centre", "/fr/search?q=benevole", "/fr/search?q=evacuation%20incendie",
  "/fr/search?q=enfants", "/fr/search?q=hebergement", "/fr/search?q=regsitre",
  "/es/search?q=registro", "/es/search?q=agua", "/es/search?q=proteccion%20infancia",
  "/es/search?q=queja", "/es/search?q=datos%20personales", "/es/search?q=almacen",
  "/es/search?q=cierre", "/es/search?q=voluntario", "/es/search?q=evacuacion",
  "/es/search?q=alojamiento", "/es/search?q=salud%20clinica", "/es/search?q=presupusto",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", queries[(i % #queries) + 1], { ["Accept-Encoding"] = "gzip" })
end
