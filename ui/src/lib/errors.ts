// What went wrong, in the person's language. The engine's messages are written in English for
// every host (CLI, API, app) and name the field at fault; here they become Portuguese or Spanish:
// each seed error code has its own sentence, and a validation message is the field's label and
// its rule, read from the engine's wording. A rule not known here still names the field in the
// person's language and asks them to check it, rather than showing English.
import { OzzieError } from './api';
import type { Lang } from './i18n';

export interface Problem {
  message: string;
  field?: string;
}

type Localized = { pt: string; es: string };

const CODES: Record<string, Localized> = {
  INTAKE_REQUIRED: { pt: 'Preencha seus números primeiro (renda e gastos); depois o plano pode ser feito.', es: 'Primero completa tus números (ingresos y gastos); después se puede hacer el plan.' },
  PLAN_REQUIRED: { pt: 'Gere seu plano primeiro; depois tente de novo.', es: 'Primero genera tu plan; después inténtalo de nuevo.' },
  PERSONALITY_REQUIRED: { pt: 'O tom do coach é definido quando o primeiro plano é gerado. Gere o plano e tente de novo.', es: 'El tono del coach se define al generar el primer plan. Genera el plan e inténtalo de nuevo.' },
  NOT_FOUND: { pt: 'Isso não existe mais (talvez tenha sido apagado). Atualize a tela.', es: 'Eso ya no existe (quizá se borró). Actualiza la pantalla.' },
  CONFLICT: { pt: 'Isso já existe ou mudou enquanto você editava. Atualize a tela e tente de novo.', es: 'Eso ya existe o cambió mientras editabas. Actualiza la pantalla e inténtalo de nuevo.' },
  UNAUTHORIZED: { pt: 'O acesso foi recusado: confira a chave ou as credenciais.', es: 'Se rechazó el acceso: revisa la clave o las credenciales.' },
  RATE_LIMIT_EXCEEDED: { pt: 'Muitos pedidos seguidos. Espere um minuto e tente de novo.', es: 'Demasiadas solicitudes seguidas. Espera un minuto e inténtalo de nuevo.' },
  DATABASE_KEY_ERROR: { pt: 'O banco de dados criptografado não abriu com esta chave. Nada foi alterado.', es: 'La base de datos cifrada no se abrió con esta clave. No se cambió nada.' },
  UNAVAILABLE: { pt: 'Não foi possível falar com o Ozzie. Tente de novo em instantes.', es: 'No se pudo hablar con Ozzie. Inténtalo de nuevo en un momento.' },
  INTERNAL_ERROR: { pt: 'Algo deu errado do nosso lado; nada do que você já salvou se perdeu. Tente de novo.', es: 'Algo salió mal de nuestro lado; no se perdió nada de lo que ya guardaste. Inténtalo de nuevo.' },
};

const FIELDS: Record<string, Localized> = {
  name: { pt: 'Nome', es: 'Nombre' },
  goal_name: { pt: 'Nome da meta', es: 'Nombre de la meta' },
  email: { pt: 'E-mail', es: 'Correo' },
  phone: { pt: 'Telefone', es: 'Teléfono' },
  language: { pt: 'Idioma', es: 'Idioma' },
  currency: { pt: 'Moeda', es: 'Moneda' },
  monthly_income: { pt: 'Renda mensal', es: 'Ingreso mensual' },
  monthly_expenses: { pt: 'Gastos mensais', es: 'Gastos mensuales' },
  fixed_expenses: { pt: 'Contas fixas', es: 'Gastos fijos' },
  variable_expenses: { pt: 'Gastos do dia a dia', es: 'Gastos del día a día' },
  total_debt: { pt: 'Dívida total', es: 'Deuda total' },
  debt_interest_rate: { pt: 'Juros da dívida', es: 'Interés de la deuda' },
  monthly_debt_payment: { pt: 'Pagamento mensal da dívida', es: 'Pago mensual de la deuda' },
  current_savings: { pt: 'Poupança atual', es: 'Ahorros actuales' },
  next_pay_date: { pt: 'Próximo pagamento', es: 'Próximo pago' },
  financial_goal: { pt: 'Objetivo', es: 'Objetivo' },
  goal_type: { pt: 'Tipo de meta', es: 'Tipo de meta' },
  target_amount: { pt: 'Valor da meta', es: 'Monto de la meta' },
  starting_amount: { pt: 'Valor inicial', es: 'Monto inicial' },
  current_amount: { pt: 'Valor atual', es: 'Monto actual' },
  target_date: { pt: 'Data da meta', es: 'Fecha de la meta' },
  cadence: { pt: 'Frequência', es: 'Frecuencia' },
  amount_cents: { pt: 'Valor', es: 'Monto' },
  category: { pt: 'Categoria', es: 'Categoría' },
  description: { pt: 'Descrição', es: 'Descripción' },
  transaction_date: { pt: 'Data', es: 'Fecha' },
  content: { pt: 'Conteúdo', es: 'Contenido' },
  file: { pt: 'Arquivo', es: 'Archivo' },
  mime_type: { pt: 'Tipo de arquivo', es: 'Tipo de archivo' },
  message: { pt: 'Mensagem', es: 'Mensaje' },
  provider: { pt: 'Provedor de IA', es: 'Proveedor de IA' },
  base_url: { pt: 'Endereço', es: 'Dirección' },
  model: { pt: 'Modelo', es: 'Modelo' },
  api_key: { pt: 'Chave', es: 'Clave' },
  client_id: { pt: 'ID do cliente', es: 'ID de cliente' },
  client_secret: { pt: 'Segredo do cliente', es: 'Secreto del cliente' },
  sync: { pt: 'Sincronização', es: 'Sincronización' },
  debts: { pt: 'Dívidas', es: 'Deudas' },
  monthly_budget: { pt: 'Orçamento mensal', es: 'Presupuesto mensual' },
  from: { pt: 'De', es: 'Desde' },
  to: { pt: 'Até', es: 'Hasta' },
  q: { pt: 'Busca', es: 'Búsqueda' },
  format: { pt: 'Formato', es: 'Formato' },
};

/** The engine's rule wordings (after "field: "), and how each reads in pt and es. */
const RULES: [RegExp, (m: RegExpMatchArray) => Localized][] = [
  [/^must not be negative/, () => ({ pt: 'não pode ser negativo.', es: 'no puede ser negativo.' })],
  [/^must not be empty|^is required(?! for)/, () => ({ pt: 'é obrigatório.', es: 'es obligatorio.' })],
  [/^must be greater than 0|^must be a positive/, () => ({ pt: 'precisa ser maior que zero.', es: 'debe ser mayor que cero.' })],
  [/^must be at most ([\d,]+) characters/, (m) => ({ pt: `pode ter no máximo ${m[1]} caracteres.`, es: `puede tener como máximo ${m[1]} caracteres.` })],
  [/^must be between ([\d.,]+) and ([\d.,]+)/, (m) => ({ pt: `precisa estar entre ${m[1]} e ${m[2]}.`, es: `debe estar entre ${m[1]} y ${m[2]}.` })],
  [/^must be a yearly rate/, () => ({ pt: 'precisa ser uma taxa anual entre 0 e 100, por exemplo 18,5.', es: 'debe ser una tasa anual entre 0 y 100, por ejemplo 18,5.' })],
  [/^must be a number|is not a number/, () => ({ pt: 'precisa ser um número.', es: 'debe ser un número.' })],
  [/is not a date|use YYYY-MM-DD/, () => ({ pt: 'precisa ser uma data (AAAA-MM-DD).', es: 'debe ser una fecha (AAAA-MM-DD).' })],
  [/is after to/, () => ({ pt: 'vem depois da data final.', es: 'es posterior a la fecha final.' })],
  [/must not be in the past|is in the past/, () => ({ pt: 'não pode estar no passado.', es: 'no puede estar en el pasado.' })],
  [/is larger than (\d+) MB/, (m) => ({ pt: `é maior que ${m[1]} MB; envie um arquivo menor.`, es: `supera los ${m[1]} MB; envía un archivo más pequeño.` })],
  [/must not contain control characters/, () => ({ pt: 'tem caracteres inválidos.', es: 'tiene caracteres no válidos.' })],
  [/is too large|is over the largest/, () => ({ pt: 'é grande demais.', es: 'es demasiado grande.' })],
];

const CHECK_FIELD: Localized = { pt: 'confira este campo.', es: 'revisa este campo.' };

function fieldLabel(lang: 'pt' | 'es', field: string): string {
  // "transactions[3].amount_cents" names a row of a list: the label is its last part.
  const last = field.split('.').pop() ?? field;
  return FIELDS[last]?.[lang] ?? FIELDS[field]?.[lang] ?? field;
}

/** What to show for `e` in `lang`, and the field it is about (to mark the input). */
export function problem(lang: Lang, e: unknown): Problem {
  if (!(e instanceof OzzieError)) return { message: String(e) };
  if (lang === 'en') return { message: e.message, field: e.field };
  if (e.code === 'VALIDATION_ERROR' && e.field) {
    const rule = e.message.startsWith(`${e.field}: `) ? e.message.slice(e.field.length + 2) : e.message;
    const known = RULES.find(([pattern]) => pattern.test(rule));
    const said = known ? known[1](rule.match(known[0]) as RegExpMatchArray)[lang] : CHECK_FIELD[lang];
    return { message: `${fieldLabel(lang, e.field)}: ${said}`, field: e.field };
  }
  const sentence = CODES[e.code]?.[lang] ?? CODES.INTERNAL_ERROR[lang];
  return { message: sentence, field: e.field };
}
