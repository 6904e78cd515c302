/** Clean up numbers: its outcome and the notes it leaves, in Danish. */
export const daCleanup = {
  "action.cleanUp": "rydde op i tallene",
  "cleanup.title": "Ryd op i tal",
  "cleanup.converted":
    "Tal skrevet som tekst, der nu er tal: {count}. Hver celle gemmer det indtastede i sin note.",
  "cleanup.marked":
    "Beløb formateret i en anden valuta end {currency}, der nu er tekst med deres valuta, så ingen total tæller dem som {currency}: {count}.",
  "cleanup.nothing": "Alle tal i {sheet} tæller allerede med: der var intet at rette.",
  "cleanup.left": "Uændrede, så du kan tjekke dem: {count}.",
  "cleanup.leftCell": "{cell} ({value}): {problem}",
  "cleanup.more": "…og {count} mere.",
  "cleanup.noteText": "Var teksten {text}; Ryd op i tal gjorde det til et tal den {date}.",
  "cleanup.noteCurrency":
    "Var {amount} formateret i {other}; Ryd op i tal gjorde det til tekst den {date}, så det ikke tælles som {currency}.",
} as const;
