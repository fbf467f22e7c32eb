// A query word read in a language where its stem is one of that language's commonest words: the
// German "Sonne" is also French ("le téléphone sonne"), and French Snowball makes it "son", the
// possessive most French articles have. Written for this test: French articles that use "son",
// one that uses "sonne", and German articles about the sun.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Archive } from "../../src/core/archive/archive.js";
import { ingest } from "../../src/core/ingest.js";
import { search } from "../../src/core/search.js";
import { tempDir } from "../helpers/fixtures.js";

const OPENINGS = [
  "Le maire de la ville a présenté son projet de budget devant le conseil municipal mardi soir.",
  "La directrice de l'école a défendu son choix de fermer la cantine pendant les travaux.",
  "Un agriculteur de la région a vendu son troupeau après trois années de sécheresse.",
  "Le club de football a annoncé le départ de son entraîneur après une saison difficile.",
  "L'entreprise a déménagé son siège social dans un immeuble neuf près de la gare.",
];
const MIDDLES = [
  "Selon les habitants, la décision a été prise sans consulter les associations du quartier.",
  "Les syndicats ont demandé une réunion avec la direction avant la fin du mois.",
  "Plusieurs élus de l'opposition ont critiqué le calendrier choisi par la majorité.",
  "La préfecture doit rendre un avis sur le dossier dans les prochaines semaines.",
  "Les commerçants du centre craignent une baisse de la fréquentation pendant l'hiver.",
];
const ENDINGS = [
  "Il a expliqué que son équipe travaillait déjà sur une autre solution.",
  "Elle a rappelé que son service avait reçu plus de cent lettres depuis janvier.",
  "Le ministre a promis de donner son avis avant la fin de l'année.",
  "Le président de l'association a dit que son bureau restait ouvert à tous.",
];

const SONNE = "Le téléphone sonne sans arrêt à la mairie\n\nDepuis lundi, le téléphone sonne sans arrêt au standard de la mairie, où les employés répondent aux questions des habitants sur la nouvelle collecte des déchets. La cloche de l'église sonnera aussi plus tard le dimanche matin, a précisé la commune.\n";
const GERMAN = [
  "Die Sonne kehrt nach Bremen zurück\n\nNach drei Wochen Regen scheint in Bremen endlich wieder die Sonne. Die Wetterdienste erwarten für das Wochenende Temperaturen von mehr als zwanzig Grad, und die Freibäder öffnen früher als geplant.\n",
  "Solaranlagen auf allen Schuldächern\n\nDie Stadt will auf jedem Schuldach eine Solaranlage bauen, damit die Sonne den Strom für Licht und Heizung liefert. Der Stadtrat hat am Donnerstag dafür zwei Millionen Euro bewilligt.\n",
];

function write(dir: string, withGerman: boolean): void {
  mkdirSync(dir, { recursive: true });
  let n = 0;
  for (const [i, opening] of OPENINGS.entries()) {
    for (const [j, middle] of MIDDLES.entries()) {
      const ending = ENDINGS[(i + j) % ENDINGS.length]!;
      writeFileSync(join(dir, `fr-${n++}.txt`), `Dépêche numéro ${n} de la rédaction\n\n${opening} ${middle} ${ending}\n`);
    }
  }
  writeFileSync(join(dir, "fr-sonne.txt"), SONNE);
  if (withGerman) for (const [i, text] of GERMAN.entries()) writeFileSync(join(dir, `de-${i}.txt`), text);
}

describe("a reading that makes a word one of a language's commonest words", () => {
  const tmp = tempDir();
  let both: Archive;
  let frenchOnly: Archive;
  const names = (archive: Archive, query: string) =>
    search(archive, query, { articles: true, limit: 100 }).hits.map((h) => h.path!.split("/").pop()).sort();

  beforeAll(async () => {
    write(join(tmp.path, "both"), true);
    write(join(tmp.path, "fr"), false);
    both = Archive.open(join(tmp.path, "both.db"), { write: true });
    frenchOnly = Archive.open(join(tmp.path, "fr.db"), { write: true });
    await ingest(both, [join(tmp.path, "both")]);
    await ingest(frenchOnly, [join(tmp.path, "fr")]);
  });
  afterAll(() => {
    both.close();
    frenchOnly.close();
    tmp.cleanup();
  });

  it("is left out when the word has a reading in another language", () => {
    expect(both.get(search(both, "Bremen", { articles: true }).hits[0]!.id)!.language).toBe("de");
    expect(names(both, "sonne")).toEqual(["de-0.txt", "de-1.txt"]);
  });

  it("still finds the common word itself", () => {
    expect(names(both, "son").length).toBeGreaterThanOrEqual(25);
  });

  it("is kept when it is the word's only reading", () => {
    expect(names(frenchOnly, "sonne")).toContain("fr-sonne.txt");
  });
});
