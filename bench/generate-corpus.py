#!/usr/bin/env python3
"""Writes a large synthetic content package for the search benchmark: 4 categories, N entries in English,
French and Spanish, and N/50 link resources. Deterministic (seeded). Text is generated from small domain
word lists: it reads like nothing in particular, but it has the vocabulary and lengths of the real guide.

Usage: python3 bench/generate-corpus.py OUT_DIR [--entries 10000]
"""
import os
import random
import sys

WORDS = {
    "en": "registration shelter water sanitation protection case referral distribution health education staff data "
          "report monitoring closure safety family children household food hygiene complaint feedback interpreter "
          "transport medical security volunteer partner authority budget procurement warehouse stock inventory "
          "training community accommodation privacy consent record survey assessment coordination meeting plan "
          "emergency fire evacuation laundry kitchen clinic counselling legal documentation arrival departure".split(),
    "fr": "enregistrement abri eau assainissement protection dossier orientation distribution santé éducation "
          "personnel données rapport suivi fermeture sécurité famille enfants ménage nourriture hygiène plainte retour "
          "interprète transport médical bénévole partenaire autorité budget achats entrepôt stock inventaire formation "
          "communauté hébergement confidentialité consentement registre enquête évaluation coordination réunion plan "
          "urgence incendie évacuation blanchisserie cuisine clinique accompagnement juridique arrivée départ".split(),
    "es": "registro albergue agua saneamiento protección caso derivación distribución salud educación personal datos "
          "informe seguimiento cierre seguridad familia niños hogar alimentos higiene queja retroalimentación intérprete "
          "transporte médico voluntario socio autoridad presupuesto compras almacén existencias inventario formación "
          "comunidad alojamiento privacidad consentimiento expediente encuesta evaluación coordinación reunión plan "
          "emergencia incendio evacuación lavandería cocina clínica acompañamiento jurídico llegada salida".split(),
}
GLUE = {"en": ["and", "for", "with", "in the", "of the", "before", "after"],
        "fr": ["et", "pour", "avec", "dans le", "du", "avant", "après"],
        "es": ["y", "para", "con", "en el", "del", "antes de", "después de"]}
CATEGORIES = ["administration", "centre-management", "protection-and-assistance", "information-management"]
PHASES = ["set-up", "running", "phase-out"]


def sentence(rng, lang, n):
    words = []
    for i in range(n):
        words.append(rng.choice(WORDS[lang]))
        if i % 3 == 2 and i < n - 1:
            words.append(rng.choice(GLUE[lang]))
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."


def quoted(text):
    return '"' + text.replace('\\', '\\\\').replace('"', '\\"') + '"'


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    entries = int(sys.argv[sys.argv.index("--entries") + 1]) if "--entries" in sys.argv else 10000
    rng = random.Random(2026)
    os.makedirs(os.path.join(out, "resources"), exist_ok=True)
    with open(os.path.join(out, "package.yaml"), "w", encoding="utf-8") as f:
        f.write("format: 1\ntitle: Synthetic benchmark corpus\nsource_language: en\n")
    for position, slug in enumerate(CATEGORIES, 1):
        os.makedirs(os.path.join(out, "categories", slug), exist_ok=True)
        with open(os.path.join(out, "categories", slug, "category.yaml"), "w", encoding="utf-8") as f:
            f.write(f"position: {position}\nvisibility: public\ntitle:\n")
            for lang in ("en", "fr", "es"):
                f.write(f"  {lang}: {quoted(sentence(rng, lang, 3)[:-1])}\n")
            f.write("description:\n")
            for lang in ("en", "fr", "es"):
                f.write(f"  {lang}: {quoted(sentence(rng, lang, 12))}\n")
    slugs = []
    for n in range(1, entries + 1):
        category = CATEGORIES[n % 4]
        slug = f"e-{n:05d}"
        slugs.append(slug)
        phases = sorted(rng.sample(PHASES, rng.randint(1, 3)), key=PHASES.index)
        for lang in ("en", "fr", "es"):
            title = sentence(rng, lang, rng.randint(3, 7))[:-1]
            summary = sentence(rng, lang, 22)
            points = [sentence(rng, lang, 8) for _ in range(rng.randint(3, 5))]
            body = []
            for h in range(2):
                body.append("## " + sentence(rng, lang, 3)[:-1] + "\n")
                body.append(" ".join(sentence(rng, lang, rng.randint(10, 18)) for _ in range(6)) + "\n")
            lines = ["---", f"title: {quoted(title)}", f"summary: {quoted(summary)}", "key_points:"]
            lines += [f"  - {quoted(p)}" for p in points]
            if lang == "en":
                lines += [f"position: {n}", "visibility: public", f"phases: [{', '.join(phases)}]",
                          f"topics: [{rng.choice(WORDS['en'])}]", "updated: 2026-11-20"]
            lines += ["---", ""] + body + [""]
            with open(os.path.join(out, "categories", category, f"{slug}.{lang}.md"), "w", encoding="utf-8") as f:
                f.write("\n".join(lines))
    for n in range(1, entries // 50 + 1):
        with open(os.path.join(out, "resources", f"r-{n:04d}.yaml"), "w", encoding="utf-8") as f:
            f.write(f"type: {rng.choice(['guidance', 'tool', 'good-practice', 'field-example', 'training'])}\n"
                    f"visibility: public\npublisher: Benchmark\nyear: 2026\n"
                    f"entries: [{', '.join(rng.sample(slugs, 2))}]\ntitle:\n")
            for lang in ("en", "fr", "es"):
                f.write(f"  {lang}: {quoted(sentence(rng, lang, 4)[:-1])}\n")
            f.write("description:\n")
            for lang in ("en", "fr", "es"):
                f.write(f"  {lang}: {quoted(sentence(rng, lang, 15))}\n")
            f.write(f"link: https://example.org/resources/{n}\n")
    print(f"{entries} entries, {entries // 50} resources in {out}")


if __name__ == "__main__":
    main()
