/** Clean up numbers: its outcome and the notes it leaves, in Italian. */
export const itCleanup = {
  "action.cleanUp": "sistemare i numeri",
  "cleanup.title": "Sistema i numeri",
  "cleanup.converted":
    "Numeri scritti come testo, ora numeri: {count}. Ogni cella conserva nella nota il valore inserito.",
  "cleanup.marked":
    "Importi formattati in una valuta diversa da {currency}, ora testo con la loro valuta, così nessun totale li conta in {currency}: {count}.",
  "cleanup.nothing":
    "Tutti i numeri di {sheet} sono già conteggiati: non c'era nulla da sistemare.",
  "cleanup.left": "Lasciati come sono, da controllare: {count}.",
  "cleanup.leftCell": "{cell} ({value}): {problem}",
  "cleanup.more": "…e altri {count}.",
  "cleanup.noteText": "Era il testo {text}; Sistema i numeri lo ha reso un numero il {date}.",
  "cleanup.noteCurrency":
    "Era {amount} formattato in {other}; Sistema i numeri lo ha reso testo il {date}, così non viene conteggiato in {currency}.",
} as const;
