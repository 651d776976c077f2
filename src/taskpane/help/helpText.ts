/*
 * The help's body, in both languages: a chunk of its own, loaded when the officer opens the help
 * (Help), so the first screen does not carry it.
 */
export const HELP_TEXT = {
  sv: {
    steps: [
      'Kontrollera avgiftsåret: från juli föreslås nästa år (budgetår, en prognos), från februari det innevarande (faktureringsår). Avgiften räknas på folkmängden 31 december året före. Flikarna byter uppgift; året följer uppgiften om du inte har skrivit ett eget.',
      'Budget för nästa år: hämta folkmängden, skriv budgetmallen och gör Budgetkontroll: markera budgeten (eller välj bladet den står på) och kontrollera att den går ihop med avgifterna eller prognosen.',
      'Årets avgifter och fakturor: välj källa och klicka på Hämta folkmängd, granska ändringen mot året före och regeln, se vad som skrivs och skriv till arbetsboken: avgiftsbladet, fakturaunderlaget och ett blad per kommun, med en rad i bladet Logg. Dina egna blad rörs aldrig.',
      'Regel: från 2017 gäller 4 kr per invånare (beslut 2017-02-02), 2010–2016 avtalets § 8. En annan taxa är ett scenario, aldrig en faktura.',
    ],
    sources:
      'Siffrorna kommer från SCB:s statistikdatabas (folkmängd 31 december, publiceras i slutet av februari). Innan dess, eller utan nätverk, används SCB:s siffror som följer med tillägget. Källan och tidpunkten står under tabellen, på bladen och i Logg. ”Samma SCB-fråga som bladet Befolkning” frågar SCB igen; ändrade siffror visas innan något skrivs.',
    approve:
      'Fastställa: efter kommitténs beslut anger du beslutets referens och ditt namn under Fastställ och kontrollera. Årets blad skyddas och en rad Fastställt skrivs i Logg; Kontrollera arbetsboken visar senare om en avgift eller folkmängd har ändrats. Avgiften förfaller 15 mars.',
  },
  en: {
    steps: [
      'Check the fee year: from July the next year is proposed (budget year, a forecast), from February the current one (invoicing year). A year’s fee uses the population on 31 December of the year before. The tabs change the task; the year follows the task unless you typed one.',
      'Next year’s budget: get the population, write the budget template and run the Budget check: select the budget (or choose the sheet it is on) and check that it balances with the fees or the forecast.',
      'This year’s fees and invoices: choose a source and click Get population, review the change from the year before and the rule, see what will be written and write to the workbook: the fee sheet, the invoice table and one sheet per municipality, with a row on the Logg sheet. Your own sheets are never touched.',
      'Rule: from 2017, 4 kr per inhabitant (decision 2017-02-02); 2010–2016, the agreement’s § 8. Any other rate is a scenario, never an invoice.',
    ],
    sources:
      'The figures come from Statistics Sweden’s database (population on 31 December, published in late February). Before that, or without a network, Statistics Sweden’s figures that come with the add-in are used. The source and its time are stated under the table, on the sheets and in the Logg. “The same SCB query as the Befolkning sheet” asks Statistics Sweden again; changed figures are shown before anything is written.',
    approve:
      'To approve: after the committee’s decision, give the decision’s reference and your name under Approve and verify. The year’s sheets are protected and an Approved row is written to the Logg; Check the workbook later shows whether a fee or a population figure has changed. The fee is due 15 March.',
  },
};
