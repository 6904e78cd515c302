/** Clean up numbers: its outcome and the notes it leaves, in Kyrgyz. */
export const kyCleanup = {
  "action.cleanUp": "сандарды оңдоо",
  "cleanup.title": "Сандарды оңдоо",
  "cleanup.converted":
    "Текст түрүндө жазылып, эми санга айланган уячалар: {count}. Ар бири жазылган маанини эскертмесинде сактайт.",
  "cleanup.marked":
    "{currency} эмес, башка валютада форматталган суммалар эми өз валютасы менен текст болду, ошондуктан эч бир жыйынтык аларды {currency} катары эсептебейт: {count}.",
  "cleanup.nothing": "{sheet} ичиндеги бардык сандар эсепке алынат: оңдой турган эч нерсе жок.",
  "cleanup.left": "Өзгөрүүсүз калтырылды, текшерип чыгыңыз: {count}.",
  "cleanup.leftCell": "{cell} ({value}): {problem}",
  "cleanup.more": "…дагы {count}.",
  "cleanup.noteText": "Мурда {text} тексти эле; «Сандарды оңдоо» аны {date} күнү санга айландырды.",
  "cleanup.noteCurrency":
    "Мурда {other} менен форматталган {amount} эле; «Сандарды оңдоо» аны {date} күнү текстке айландырды, ошондуктан ал {currency} катары эсептелбейт.",
} as const;
