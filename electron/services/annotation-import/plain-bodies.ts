// Bodies of an imported annotation as the workbench shows them: a Markdown or HTML note becomes a W3C Choice of
// its plain text (what the panel shows, the PDF prints and other readers may pick) and the original as it was
// written, so nothing is lost and no markup is shown raw. Other bodies are kept as they are.

import { isJsonObject, type JsonObject } from '../../../shared/annotations/jsonld-normalize.ts';
import { textLanguage } from '../../../shared/annotations/text-language.ts';
import { htmlToPlain, markdownToText } from './plain-text.ts';

const CONVERTERS: Record<string, (text: string) => string> = {
  'text/markdown': markdownToText,
  'text/x-markdown': markdownToText,
  'text/html': htmlToPlain,
};

export function plainBodies(item: JsonObject): unknown[] {
  const list = item.body === undefined ? [] : Array.isArray(item.body) ? item.body : [item.body];
  return list.map((body) => (isJsonObject(body) ? plainBody(body) : body));
}

function plainBody(body: JsonObject): JsonObject {
  const convert = typeof body.format === 'string' ? CONVERTERS[body.format] : undefined;
  if (body.type !== 'TextualBody' || typeof body.value !== 'string' || !convert) return body;
  const value = convert(body.value);
  const plain = {
    type: 'TextualBody',
    ...(body.purpose === undefined ? {} : { purpose: body.purpose }),
    value,
    format: 'text/plain',
    ...textLanguage(value),
  };
  return { type: 'Choice', items: [plain, body] };
}
