// A checker of the W3C Web Annotation Data Model (Recommendation of 23 February 2017), written for this project
// from the Recommendation's text, section by section: every MUST is a failure, every SHOULD a warning. It reads
// the JSON serialization the Recommendation describes (compacted with http://www.w3.org/ns/anno.jsonld); what a
// JSON-LD processor makes of the terms is checked separately (jsonld-meaning.ts).

type Level = 'MUST' | 'SHOULD';

export interface Finding {
  level: Level;
  section: string;
  path: string;
  message: string;
}

type Json = Record<string, unknown>;

const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

const MOTIVATIONS = new Set([
  'assessing',
  'bookmarking',
  'classifying',
  'commenting',
  'describing',
  'editing',
  'highlighting',
  'identifying',
  'linking',
  'moderating',
  'questioning',
  'replying',
  'tagging',
]);
const RESOURCE_CLASSES = new Set(['Dataset', 'Image', 'Video', 'Sound', 'Audio', 'Text']);
const AGENT_CLASSES = new Set(['Person', 'Organization', 'Software']);
const DIRECTIONS = new Set(['ltr', 'rtl', 'auto']);
/** xsd:dateTime in UTC written with "Z" (3.3.1). */
const UTC_DATE_TIME = /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
/** An absolute IRI (RFC 3987): a scheme, a colon, something after it. */
const ABSOLUTE_IRI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]+$/;

function isIri(value: unknown): value is string {
  return typeof value === 'string' && ABSOLUTE_IRI.test(value);
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function values(value: unknown): unknown[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function typesOf(node: Json): string[] {
  return values(node.type).filter((t): t is string => typeof t === 'string');
}

class Checker {
  readonly findings: Finding[] = [];

  fail(section: string, path: string, message: string): void {
    this.findings.push({ level: 'MUST', section, path, message });
  }

  warn(section: string, path: string, message: string): void {
    this.findings.push({ level: 'SHOULD', section, path, message });
  }

  /** A property that MUST NOT occur more than once. */
  atMostOne(node: Json, key: string, section: string, path: string): void {
    if (Array.isArray(node[key]) && (node[key] as unknown[]).length > 1) {
      this.fail(section, `${path}.${key}`, `there MUST NOT be more than one ${key}`);
    }
  }

  dateTime(node: Json, key: string, section: string, path: string): void {
    if (node[key] === undefined) return;
    this.atMostOne(node, key, section, path);
    for (const v of values(node[key])) {
      if (typeof v !== 'string' || !UTC_DATE_TIME.test(v) || Number.isNaN(Date.parse(v))) {
        this.fail(
          section,
          `${path}.${key}`,
          `${key} MUST be an xsd:dateTime in UTC with "Z", found ${JSON.stringify(v)}`,
        );
      }
    }
  }

  context(node: Json, section: string, path: string): void {
    const context = node['@context'];
    const list = values(context);
    if (list.length === 0) return this.fail(section, path, 'MUST have one or more @context values');
    if (!list.includes(ANNO_CONTEXT))
      this.fail(section, `${path}.@context`, `${ANNO_CONTEXT} MUST be one of the contexts`);
    if (Array.isArray(context) && context.length === 1) {
      this.fail(section, `${path}.@context`, 'a single context MUST be given as a string');
    }
  }

  /** 3.1 */
  annotation(node: unknown, path: string, inherited: boolean): void {
    if (!isObject(node)) return this.fail('3.1', path, 'an Annotation MUST be a JSON object');
    if (!inherited || node['@context'] !== undefined) this.context(node, '3.1', path);
    if (!isIri(node.id) || Array.isArray(node.id)) this.fail('3.1', `${path}.id`, 'MUST have exactly one IRI as id');
    if (!typesOf(node).includes('Annotation'))
      this.fail('3.1', `${path}.type`, '"Annotation" MUST be one of its types');
    const bodies = values(node.body);
    if (node.body !== undefined && node.bodyValue !== undefined) {
      this.fail('3.2.5', path, 'body and bodyValue MUST NOT both be present');
    }
    if (bodies.length === 0 && node.bodyValue === undefined) this.warn('3.1', path, 'SHOULD have one or more bodies');
    if (node.bodyValue !== undefined) this.bodyValue(node.bodyValue, `${path}.bodyValue`);
    bodies.forEach((b, i) => this.resource(b, `${path}.body[${i}]`, 'body'));
    const targets = values(node.target);
    if (targets.length === 0) this.fail('3.1', path, 'MUST have one or more targets');
    targets.forEach((t, i) => this.resource(t, `${path}.target[${i}]`, 'target'));
    this.lifecycle(node, path, true);
    this.motivation(node, path);
    this.otherIdentities(node, path);
  }

  /** 3.2.5 */
  bodyValue(value: unknown, path: string): void {
    if (Array.isArray(value)) this.fail('3.2.5', path, 'there MAY be exactly one bodyValue, not several');
    if (typeof value !== 'string') this.fail('3.2.5', path, 'bodyValue MUST be a single string');
  }

  /** 3.2 bodies and targets: external resources (3.2.1–3.2.3), textual bodies (3.2.4), choices (3.2.7), 4. */
  resource(node: unknown, path: string, role: 'body' | 'target' | 'item'): void {
    if (typeof node === 'string') {
      if (!isIri(node))
        this.fail('3.2.1', path, `a ${role} given as a string MUST be an IRI, found ${JSON.stringify(node)}`);
      this.warn('3.2.1', path, `a ${role} given as a bare IRI has no format or language (SHOULD have both)`);
      return;
    }
    if (!isObject(node)) return this.fail('3.2', path, `a ${role} MUST be an IRI or an object`);
    const types = typesOf(node);
    if (types.includes('Choice')) return this.choice(node, path);
    if (node.source !== undefined) return this.specificResource(node, path);
    if (types.includes('TextualBody') || node.value !== undefined) return this.textualBody(node, path);
    this.external(node, path);
  }

  /** 3.2.1 and 3.2.2 */
  external(node: Json, path: string): void {
    if (!isIri(node.id) || Array.isArray(node.id)) {
      this.fail('3.2.1', `${path}.id`, 'an External Web Resource MUST have exactly one IRI as id');
    }
    if (node.format === undefined) this.warn('3.2.1', path, 'SHOULD have exactly one format');
    if (node.language === undefined) this.warn('3.2.1', path, 'SHOULD have exactly one language');
    for (const t of typesOf(node)) {
      if (!RESOURCE_CLASSES.has(t))
        this.warn('3.2.2', `${path}.type`, `the class ${t} is not one of the listed classes`);
    }
    this.languageAndDirection(node, '3.2.1', path);
    this.lifecycle(node, path, false);
  }

  /** 3.2.4 */
  textualBody(node: Json, path: string): void {
    if (!typesOf(node).includes('TextualBody')) this.warn('3.2.4', `${path}.type`, 'SHOULD have the class TextualBody');
    if (typeof node.value !== 'string') this.fail('3.2.4', `${path}.value`, 'MUST have exactly one value, a string');
    if (node.format === undefined) this.warn('3.2.4', path, 'SHOULD have exactly one format');
    if (node.language === undefined) this.warn('3.2.4', path, 'SHOULD have exactly one language');
    if (node.id !== undefined && !isIri(node.id)) this.fail('3.2.4', `${path}.id`, 'an id MUST be an IRI');
    this.languageAndDirection(node, '3.2.4', path);
    this.purpose(node, path);
    this.lifecycle(node, path, false);
  }

  languageAndDirection(node: Json, section: string, path: string): void {
    if (node.textDirection !== undefined) {
      this.atMostOne(node, 'textDirection', section, path);
      for (const d of values(node.textDirection)) {
        if (typeof d !== 'string' || !DIRECTIONS.has(d)) {
          this.fail(
            section,
            `${path}.textDirection`,
            `textDirection MUST be ltr, rtl or auto, found ${JSON.stringify(d)}`,
          );
        }
      }
    }
    this.atMostOne(node, 'processingLanguage', section, path);
  }

  /** 3.2.7 */
  choice(node: Json, path: string): void {
    if (typesOf(node).length !== 1) this.fail('3.2.7', `${path}.type`, 'a Choice MUST have exactly one type, Choice');
    const items = values(node.items);
    if (!Array.isArray(node.items) || items.length === 0)
      this.fail('3.2.7', `${path}.items`, 'a Choice lists its items');
    items.forEach((item, i) => this.resource(item, `${path}.items[${i}]`, 'item'));
  }

  /** 3.3.1 and 3.3.2 */
  lifecycle(node: Json, path: string, isAnnotation: boolean): void {
    for (const key of ['created', 'modified', ...(isAnnotation ? ['generated'] : [])])
      this.dateTime(node, key, '3.3.1', path);
    if (isAnnotation && node.creator === undefined) this.warn('3.3.1', path, 'SHOULD have exactly one creator');
    if (isAnnotation && node.created === undefined) this.warn('3.3.1', path, 'SHOULD have exactly one created');
    for (const key of ['creator', 'generator']) {
      values(node[key]).forEach((agent, i) => this.agent(agent, `${path}.${key}[${i}]`));
    }
  }

  agent(agent: unknown, path: string): void {
    if (typeof agent === 'string') {
      if (!isIri(agent)) this.fail('3.3.2', path, 'an agent given as a string MUST be its IRI');
      return;
    }
    if (!isObject(agent)) return this.fail('3.3.2', path, 'an agent MUST be an IRI or an object');
    if (Array.isArray(agent.id)) this.fail('3.3.2', `${path}.id`, 'an agent MUST NOT have more than one IRI');
    else if (agent.id === undefined) this.warn('3.3.2', path, 'an agent SHOULD have exactly one IRI');
    else if (!isIri(agent.id)) this.fail('3.3.2', `${path}.id`, 'an agent id MUST be an IRI');
    const types = typesOf(agent);
    if (types.length === 0 || !types.some((t) => AGENT_CLASSES.has(t))) {
      this.warn('3.3.2', `${path}.type`, 'an agent SHOULD be a Person, Organization or Software');
    }
    if (values(agent.name).length !== 1) this.warn('3.3.2', path, 'an agent SHOULD have exactly one name');
    if (agent.nickname === undefined) this.warn('3.3.2', path, 'an agent SHOULD have exactly one nickname');
  }

  /** 3.3.5 */
  motivation(node: Json, path: string): void {
    const list = values(node.motivation);
    if (list.length !== 1) this.warn('3.3.5', path, 'SHOULD have exactly one motivation');
    for (const m of list) {
      if (typeof m !== 'string' || (!MOTIVATIONS.has(m) && !isIri(m))) {
        this.fail('3.3.5', `${path}.motivation`, `a motivation MUST be a Motivation, found ${JSON.stringify(m)}`);
      }
    }
  }

  purpose(node: Json, path: string): void {
    for (const p of values(node.purpose)) {
      if (typeof p !== 'string' || (!MOTIVATIONS.has(p) && !isIri(p))) {
        this.fail('3.3.5', `${path}.purpose`, `a purpose MUST be a Motivation, found ${JSON.stringify(p)}`);
      }
    }
  }

  /** 3.3.6 and 3.3.7 */
  otherIdentities(node: Json, path: string): void {
    for (const r of values(node.rights)) if (!isIri(r)) this.fail('3.3.6', `${path}.rights`, 'rights MUST be IRIs');
    if (node.canonical !== undefined && (!isIri(node.canonical) || Array.isArray(node.canonical))) {
      this.fail('3.3.7', `${path}.canonical`, 'canonical MUST be exactly one IRI');
    }
    for (const v of values(node.via)) if (!isIri(v)) this.fail('3.3.7', `${path}.via`, 'via MUST be IRIs');
  }

  /** 4 and 4.1 */
  specificResource(node: Json, path: string): void {
    const sources = values(node.source);
    if (sources.length !== 1) this.fail('4', `${path}.source`, 'a Specific Resource MUST have exactly one source');
    else if (typeof sources[0] === 'string') {
      if (!isIri(sources[0])) this.fail('4', `${path}.source`, 'the source MUST be an IRI or a described resource');
    } else this.resource(sources[0], `${path}.source`, 'item');
    if (!typesOf(node).includes('SpecificResource')) {
      this.warn('4', `${path}.type`, 'SHOULD have the class SpecificResource');
    }
    this.purpose(node, path);
    values(node.selector).forEach((s, i) => this.selector(s, `${path}.selector[${i}]`));
    values(node.state).forEach((s, i) => this.state(s, `${path}.state[${i}]`));
    this.otherIdentities(node, path);
  }

  /** 4.2.1 – 4.2.9 */
  selector(node: unknown, path: string): void {
    if (typeof node === 'string') {
      if (!isIri(node)) this.fail('4.2', path, 'a selector given as a string MUST be its IRI');
      return;
    }
    if (!isObject(node)) return this.fail('4.2', path, 'a selector MUST be an object or an IRI');
    const types = typesOf(node);
    const type = types[0];
    const exactlyOneType = (section: string) => {
      if (types.length !== 1) this.fail(section, `${path}.type`, `a ${type} MUST have exactly one type`);
    };
    const one = (key: string, section: string) => {
      if (values(node[key]).length !== 1)
        this.fail(section, `${path}.${key}`, `a ${type} MUST have exactly one ${key}`);
    };
    if (type === 'TextQuoteSelector') {
      exactlyOneType('4.2.4');
      if (typeof node.exact !== 'string') this.fail('4.2.4', `${path}.exact`, 'MUST have exactly one exact, a string');
      for (const key of ['prefix', 'suffix']) {
        if (Array.isArray(node[key])) this.fail('4.2.4', `${path}.${key}`, `MUST NOT have more than one ${key}`);
        else if (node[key] === undefined) this.warn('4.2.4', path, `SHOULD have exactly one ${key}`);
      }
    } else if (type === 'TextPositionSelector' || type === 'DataPositionSelector') {
      const section = type === 'TextPositionSelector' ? '4.2.6' : '4.2.7';
      exactlyOneType(section);
      for (const key of ['start', 'end']) {
        const v = node[key];
        if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) {
          this.fail(section, `${path}.${key}`, `MUST have exactly one ${key}, a non-negative integer`);
        }
      }
    } else if (type === 'CssSelector' || type === 'XPathSelector') {
      exactlyOneType(type === 'CssSelector' ? '4.2.2' : '4.2.3');
      one('value', type === 'CssSelector' ? '4.2.2' : '4.2.3');
    } else if (type === 'FragmentSelector') {
      exactlyOneType('4.2.1');
      one('value', '4.2.1');
      if (node.conformsTo === undefined) this.warn('4.2.1', path, 'SHOULD have exactly one conformsTo');
    } else if (type === 'SvgSelector') {
      if (Array.isArray(node.value)) this.fail('4.2.8', `${path}.value`, 'MAY have exactly one value, not several');
    } else if (type === 'RangeSelector') {
      exactlyOneType('4.2.9');
      one('startSelector', '4.2.9');
      one('endSelector', '4.2.9');
      for (const key of ['startSelector', 'endSelector']) {
        values(node[key]).forEach((s) => this.selector(s, `${path}.${key}`));
      }
    } else if (type === undefined) {
      this.fail('4.2', `${path}.type`, 'a selector MUST have a type');
    }
    values(node.refinedBy).forEach((s, i) => this.selector(s, `${path}.refinedBy[${i}]`));
  }

  /** 4.3 */
  state(node: unknown, path: string): void {
    if (typeof node === 'string') return;
    if (!isObject(node)) return this.fail('4.3', path, 'a state MUST be an object or an IRI');
    const type = typesOf(node)[0];
    if (type === 'TimeState') {
      if (typesOf(node).length !== 1) this.fail('4.3.1', `${path}.type`, 'a TimeState MUST have exactly one type');
      for (const key of ['sourceDate', 'sourceDateStart', 'sourceDateEnd']) {
        for (const v of values(node[key])) {
          if (typeof v !== 'string' || !UTC_DATE_TIME.test(v)) {
            this.fail('4.3.1', `${path}.${key}`, `${key} MUST be an xsd:dateTime in UTC with "Z"`);
          }
        }
      }
      if ((node.sourceDateStart === undefined) !== (node.sourceDateEnd === undefined)) {
        this.fail('4.3.1', path, 'sourceDateStart and sourceDateEnd MUST be given together');
      }
    } else if (type === 'HttpRequestState') {
      if (values(node.value).length !== 1) this.fail('4.3.2', `${path}.value`, 'MUST have exactly one value');
    }
    values(node.refinedBy).forEach((s, i) => this.state(s, `${path}.refinedBy[${i}]`));
  }

  /** 5.1 */
  collection(node: Json, path: string): void {
    this.context(node, '5.1', path);
    if (!isIri(node.id) || Array.isArray(node.id)) this.fail('5.1', `${path}.id`, 'MUST have exactly one IRI as id');
    if (!typesOf(node).includes('AnnotationCollection')) {
      this.fail('5.1', `${path}.type`, '"AnnotationCollection" MUST be one of its types');
    }
    if (node.label === undefined) this.warn('5.1', path, 'SHOULD have one or more labels');
    for (const l of values(node.label))
      if (typeof l !== 'string') this.fail('5.1', `${path}.label`, 'a label MUST be a string');
    const total = node.total;
    if (total === undefined) this.warn('5.1', path, 'SHOULD have exactly one total');
    else if (typeof total !== 'number' || !Number.isInteger(total) || total < 0) {
      this.fail('5.1', `${path}.total`, 'total MUST be a non-negative integer');
    }
    const hasItems = typeof total === 'number' ? total > 0 : node.first !== undefined;
    if (hasItems && values(node.first).length !== 1)
      this.fail('5.1', `${path}.first`, 'MUST have exactly one first page');
    if (hasItems && node.last === undefined) this.warn('5.1', path, 'SHOULD refer to the IRI of its last page');
    let page = node.first;
    let seen = 0;
    for (let n = 0; isObject(page); n++) {
      seen += this.page(page, `${path}.page[${n}]`, true, typeof total === 'number' ? total - seen : undefined);
      page = page.next;
    }
  }

  /** 5.2: returns how many annotations the page holds. */
  page(node: Json, path: string, embedded: boolean, remaining?: number): number {
    if (embedded && node['@context'] !== undefined)
      this.warn('5.2', path, 'an embedded page SHOULD NOT have an @context');
    if (!embedded) this.context(node, '5.2', path);
    if (!isIri(node.id) || Array.isArray(node.id)) this.fail('5.2', `${path}.id`, 'MUST have exactly one IRI as id');
    if (!typesOf(node).includes('AnnotationPage'))
      this.fail('5.2', `${path}.type`, '"AnnotationPage" MUST be one of its types');
    if (node.partOf === undefined) this.warn('5.2', path, 'SHOULD have exactly one partOf');
    const items = Array.isArray(node.items) ? node.items : [];
    if (items.length === 0) this.fail('5.2', `${path}.items`, 'MUST have an array of one or more annotations as items');
    if (remaining !== undefined && items.length < remaining && node.next === undefined) {
      this.fail('5.2', path, 'a page that is not the last MUST refer to the next page');
    }
    if (node.startIndex === undefined) this.warn('5.2', path, 'SHOULD have exactly one startIndex');
    else if (typeof node.startIndex !== 'number' || !Number.isInteger(node.startIndex) || node.startIndex < 0) {
      this.fail('5.2', `${path}.startIndex`, 'startIndex MUST be a non-negative integer');
    }
    items.forEach((item, i) => this.annotation(item, `${path}.items[${i}]`, true));
    return items.length;
  }
}

/** Every finding for a document: an Annotation, an AnnotationCollection, an AnnotationPage or a list of Annotations. */
export function validateDocument(doc: unknown): Finding[] {
  const checker = new Checker();
  if (Array.isArray(doc)) doc.forEach((a, i) => checker.annotation(a, `[${i}]`, false));
  else if (isObject(doc) && typesOf(doc).includes('AnnotationCollection')) checker.collection(doc, '$');
  else if (isObject(doc) && typesOf(doc).includes('AnnotationPage')) checker.page(doc, '$', false);
  else checker.annotation(doc, '$', false);
  return checker.findings;
}

export function mustFailures(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.level === 'MUST');
}

/** "3.2.4: 12, 4.2.4: 3" — SHOULD warnings counted by section, for a test's diagnostics. */
export function countBySection(findings: readonly Finding[]): string {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.section, (counts.get(f.section) ?? 0) + 1);
  return [...counts].map(([s, n]) => `${s}: ${n}`).join(', ') || 'none';
}
