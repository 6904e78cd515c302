/** Clean up numbers: its outcome and the notes it leaves, in English. */
export const enCleanup = {
  "action.cleanUp": "clean up the numbers",
  "cleanup.title": "Clean up numbers",
  "cleanup.converted":
    "Numbers typed as text, now numbers: {count}. Each keeps what was typed in its note.",
  "cleanup.marked":
    "Amounts formatted in another currency than {currency}, now text with their currency so no total counts them as {currency}: {count}.",
  "cleanup.nothing": "Every number in {sheet} already counts: nothing needed changing.",
  "cleanup.left": "Left as they are, for you to check: {count}.",
  "cleanup.leftCell": "{cell} ({value}): {problem}",
  "cleanup.more": "…and {count} more.",
  "cleanup.noteText": "Was the text {text}; Clean up numbers made it a number on {date}.",
  "cleanup.noteCurrency":
    "Was {amount} formatted in {other}; Clean up numbers made it text on {date} so it is not counted as {currency}.",
} as const;
