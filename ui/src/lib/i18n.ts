// Strings of the screens in en, pt and es, and locale-aware formatting through Intl.
export type Lang = 'en' | 'pt' | 'es';

const strings = {
  en: {
    edit2: 'Edit',
    delete: 'Delete',
    deleted: 'Transaction deleted.',
    undo: 'Undo',
    savedCount: 'Saved: {n}.',
    duplicatesSkipped: 'Already here, not added again: {n}.',
    importLabel: 'Import a file',
    importHint: 'Drop a bank export (CSV, OFX, QIF), a PDF statement or a receipt photo here',
    chooseFile: 'Choose a file',
    encouraging: 'Encouraging',
    celebratory: 'Celebrating',
    concerned: 'Heads up',
    neutral: 'Note',
    navCoach: 'Coach',
    coachIntro: 'Ask about your money. I answer from your own numbers, on this device.',
    askPlaceholder: 'Am I on track?',
    send: 'Ask',
    thinking: 'Thinking…',
    you: 'You',
    suggested1: 'Am I on track to hit my goal?',
    suggested2: 'How much can I spend this week?',
    suggested3: 'Where did my money go this month?',
    navPlan: 'Plan',
    navTransactions: 'Transactions',
    quickAddLabel: 'Add by writing it down',
    quickAddPlaceholder: 'coffee $5 and lunch $15',
    read: 'Read',
    reading: 'Reading…',
    understood: 'This is what I understood',
    save: 'Save',
    cancel: 'Cancel',
    saved: 'Saved',
    noTransactions: 'No transactions yet. Write one above, like “coffee $5”.',
    loadMore: 'Show more',
    date: 'Date',
    description: 'Description',
    category: 'Category',
    amount: 'Amount',
    lowConfidence: 'check this',
    welcome: 'Let’s build your plan',
    intro: 'Your numbers stay on this device, in an encrypted database.',
    name: 'Your name',
    language: 'Language',
    currency: 'Currency',
    income: 'Monthly income (after tax)',
    expenses: 'Monthly expenses (including debt payments)',
    debt: 'Total debt owed',
    debtPayment: 'Monthly debt payment',
    savings: 'Current savings',
    goal: 'Main goal',
    goalSavings: 'Save money',
    goalDebt: 'Pay off debt',
    payDate: 'Next pay date',
    submit: 'Build my plan',
    working: 'Building…',
    planTitle: 'Your plan',
    surplus: 'Monthly surplus',
    saveMonthly: 'Save each month',
    savingsRate: 'Savings rate',
    extraDebt: 'Extra toward debt',
    allocations: 'Where your income goes',
    metrics: 'Milestones',
    goalDate: 'Goal reached',
    efReady: 'Emergency fund complete',
    monthsToGoal: 'Months to goal',
    emergency: 'Emergency fund',
    monthsCovered: 'months covered',
    debtFree: 'Debt-free',
    actions: 'Next steps',
    edit: 'Change my numbers',
    notInApp: 'Open this screen inside the Ozzie Local app.',
  },
  pt: {
    edit2: 'Editar',
    delete: 'Excluir',
    deleted: 'Transação excluída.',
    undo: 'Desfazer',
    savedCount: 'Salvas: {n}.',
    duplicatesSkipped: 'Já estavam aqui, não adicionadas de novo: {n}.',
    importLabel: 'Importar um arquivo',
    importHint: 'Solte aqui um extrato (CSV, OFX, QIF, PDF) ou a foto de um recibo',
    chooseFile: 'Escolher arquivo',
    encouraging: 'Incentivo',
    celebratory: 'Comemoração',
    concerned: 'Atenção',
    neutral: 'Nota',
    navCoach: 'Coach',
    coachIntro: 'Pergunte sobre o seu dinheiro. Eu respondo com os seus números, neste dispositivo.',
    askPlaceholder: 'Estou no caminho certo?',
    send: 'Perguntar',
    thinking: 'Pensando…',
    you: 'Você',
    suggested1: 'Estou no caminho para bater minha meta?',
    suggested2: 'Quanto posso gastar esta semana?',
    suggested3: 'Para onde foi meu dinheiro este mês?',
    navPlan: 'Plano',
    navTransactions: 'Transações',
    quickAddLabel: 'Adicione escrevendo',
    quickAddPlaceholder: 'café R$ 5 e almoço R$ 25',
    read: 'Ler',
    reading: 'Lendo…',
    understood: 'Foi isto que eu entendi',
    save: 'Salvar',
    cancel: 'Cancelar',
    saved: 'Salvo',
    noTransactions: 'Nenhuma transação ainda. Escreva uma acima, como “café R$ 5”.',
    loadMore: 'Mostrar mais',
    date: 'Data',
    description: 'Descrição',
    category: 'Categoria',
    amount: 'Valor',
    lowConfidence: 'confira',
    welcome: 'Vamos montar seu plano',
    intro: 'Seus números ficam neste dispositivo, em um banco de dados criptografado.',
    name: 'Seu nome',
    language: 'Idioma',
    currency: 'Moeda',
    income: 'Renda mensal (líquida)',
    expenses: 'Gastos mensais (incluindo parcelas de dívidas)',
    debt: 'Dívida total',
    debtPayment: 'Parcela mensal das dívidas',
    savings: 'Quanto já tem guardado',
    goal: 'Objetivo principal',
    goalSavings: 'Guardar dinheiro',
    goalDebt: 'Quitar dívidas',
    payDate: 'Próximo pagamento',
    submit: 'Montar meu plano',
    working: 'Montando…',
    planTitle: 'Seu plano',
    surplus: 'Sobra mensal',
    saveMonthly: 'Guardar por mês',
    savingsRate: 'Taxa de poupança',
    extraDebt: 'Extra para dívidas',
    allocations: 'Para onde vai sua renda',
    metrics: 'Marcos',
    goalDate: 'Objetivo alcançado',
    efReady: 'Reserva de emergência completa',
    monthsToGoal: 'Meses até o objetivo',
    emergency: 'Reserva de emergência',
    monthsCovered: 'meses cobertos',
    debtFree: 'Livre das dívidas',
    actions: 'Próximos passos',
    edit: 'Mudar meus números',
    notInApp: 'Abra esta tela no aplicativo Ozzie Local.',
  },
  es: {
    edit2: 'Editar',
    delete: 'Eliminar',
    deleted: 'Movimiento eliminado.',
    undo: 'Deshacer',
    savedCount: 'Guardadas: {n}.',
    duplicatesSkipped: 'Ya estaban aquí, no se añadieron de nuevo: {n}.',
    importLabel: 'Importar un archivo',
    importHint: 'Suelta aquí un extracto (CSV, OFX, QIF, PDF) o la foto de un recibo',
    chooseFile: 'Elegir archivo',
    encouraging: 'Ánimo',
    celebratory: 'Celebración',
    concerned: 'Atención',
    neutral: 'Nota',
    navCoach: 'Coach',
    coachIntro: 'Pregunta sobre tu dinero. Respondo con tus propios números, en este dispositivo.',
    askPlaceholder: '¿Voy bien?',
    send: 'Preguntar',
    thinking: 'Pensando…',
    you: 'Tú',
    suggested1: '¿Voy bien para alcanzar mi meta?',
    suggested2: '¿Cuánto puedo gastar esta semana?',
    suggested3: '¿En qué se fue mi dinero este mes?',
    navPlan: 'Plan',
    navTransactions: 'Movimientos',
    quickAddLabel: 'Añade escribiéndolo',
    quickAddPlaceholder: 'café 3 € y comida 12 €',
    read: 'Leer',
    reading: 'Leyendo…',
    understood: 'Esto es lo que entendí',
    save: 'Guardar',
    cancel: 'Cancelar',
    saved: 'Guardado',
    noTransactions: 'Aún no hay movimientos. Escribe uno arriba, como “café 3 €”.',
    loadMore: 'Mostrar más',
    date: 'Fecha',
    description: 'Descripción',
    category: 'Categoría',
    amount: 'Importe',
    lowConfidence: 'revísalo',
    welcome: 'Armemos tu plan',
    intro: 'Tus números se quedan en este dispositivo, en una base de datos cifrada.',
    name: 'Tu nombre',
    language: 'Idioma',
    currency: 'Moneda',
    income: 'Ingreso mensual (neto)',
    expenses: 'Gastos mensuales (incluye cuotas de deudas)',
    debt: 'Deuda total',
    debtPayment: 'Cuota mensual de deudas',
    savings: 'Ahorros actuales',
    goal: 'Meta principal',
    goalSavings: 'Ahorrar',
    goalDebt: 'Pagar deudas',
    payDate: 'Próximo día de pago',
    submit: 'Armar mi plan',
    working: 'Armando…',
    planTitle: 'Tu plan',
    surplus: 'Excedente mensual',
    saveMonthly: 'Ahorrar al mes',
    savingsRate: 'Tasa de ahorro',
    extraDebt: 'Extra para deudas',
    allocations: 'A dónde va tu ingreso',
    metrics: 'Hitos',
    goalDate: 'Meta alcanzada',
    efReady: 'Fondo de emergencia completo',
    monthsToGoal: 'Meses hasta la meta',
    emergency: 'Fondo de emergencia',
    monthsCovered: 'meses cubiertos',
    debtFree: 'Sin deudas',
    actions: 'Próximos pasos',
    edit: 'Cambiar mis números',
    notInApp: 'Abre esta pantalla en la app Ozzie Local.',
  },
} as const;

export type Key = keyof (typeof strings)['en'];

export function t(lang: Lang, key: Key): string {
  return strings[lang][key];
}

const locales: Record<Lang, string> = { en: 'en-US', pt: 'pt-BR', es: 'es-ES' };

export function money(lang: Lang, currency: string, amount: number): string {
  const whole = Number.isInteger(amount);
  return new Intl.NumberFormat(locales[lang], {
    style: 'currency',
    currency,
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(amount);
}

export function date(lang: Lang, iso: string | null): string {
  if (!iso) return '—';
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(locales[lang], { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

const categories: Record<Lang, Record<string, string>> = {
  en: { food: 'Food', transport: 'Transport', housing: 'Housing', utilities: 'Utilities', health: 'Health', entertainment: 'Entertainment', education: 'Education', clothing: 'Clothing', income: 'Income', other: 'Other' },
  pt: { food: 'Alimentação', transport: 'Transporte', housing: 'Moradia', utilities: 'Contas', health: 'Saúde', entertainment: 'Lazer', education: 'Educação', clothing: 'Vestuário', income: 'Renda', other: 'Outros' },
  es: { food: 'Comida', transport: 'Transporte', housing: 'Vivienda', utilities: 'Suministros', health: 'Salud', entertainment: 'Ocio', education: 'Educación', clothing: 'Ropa', income: 'Ingresos', other: 'Otros' },
};

export const CATEGORY_CODES = ['food', 'transport', 'housing', 'utilities', 'health', 'entertainment', 'education', 'clothing', 'income', 'other'] as const;

/** Digits after the decimal point in `currency` (2 for USD, 0 for JPY). */
export function minorDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

export function category(lang: Lang, code: string): string {
  return categories[lang][code] ?? code;
}

/** An amount in minor units (cents) of `currency`, formatted for `lang`. */
export function moneyMinor(lang: Lang, currency: string, minor: number): string {
  return money(lang, currency, minor / 10 ** minorDigits(currency));
}

export function shortDate(lang: Lang, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(locales[lang], { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** The OS/browser language when it is one Ozzie speaks, else English. */
export function systemLang(): Lang {
  const code = (navigator.language || 'en').slice(0, 2).toLowerCase();
  return code === 'pt' || code === 'es' ? code : 'en';
}
