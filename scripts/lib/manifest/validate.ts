/**
 * Offline manifest checks (the project's own, from the add-in manifest reference). The online
 * `office-addin-manifest validate` needs internet, which township offices often lack.
 */
import { parseXml, walk, XmlSyntaxError, type XmlElement } from "./xml";
import { pngSize } from "./png";
import {
  GUID,
  HOST_NAMES,
  LOCALE,
  NS,
  OFFICE_APP_SEQUENCE,
  PERMISSIONS,
  REQUIREMENT_SETS,
  RESID_KIND,
  RESID_MAX_LENGTH,
  RESOURCE_MAX_LENGTH,
  SET_VERSION,
  TOP_ICON_SIZE,
  URL_ELEMENTS,
  VERSION,
  type ResourceKind,
} from "./rules";

export type ProblemCode =
  | "xml"
  | "root"
  | "missing"
  | "order"
  | "unknown-element"
  | "guid"
  | "version"
  | "host"
  | "permission"
  | "https"
  | "origin"
  | "url"
  | "resid-undefined"
  | "resid-kind"
  | "resid-length"
  | "resource-duplicate"
  | "resource-length"
  | "icon-file"
  | "icon-size"
  | "requirement-set"
  | "locale"
  | "empty";

export interface Problem {
  code: ProblemCode;
  message: string;
  line?: number;
}

export interface ValidateOptions {
  /** Bytes of the file a URL points to (for icon sizes); undefined when it cannot be found. */
  resolveFile?: (url: URL) => Uint8Array | undefined;
}

interface Resource {
  kind: ResourceKind;
  value: string;
  el: XmlElement;
}

export function validateManifest(xml: string, opts: ValidateOptions = {}): Problem[] {
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (e) {
    if (e instanceof XmlSyntaxError) return [{ code: "xml", message: e.message }];
    throw e;
  }
  if (root.local !== "OfficeApp" || root.uri !== NS.officeApp) {
    return [{ code: "root", message: `root element must be OfficeApp in ${NS.officeApp}, found ${root.local}` }];
  }
  const problems: Problem[] = [];
  const add = (code: ProblemCode, message: string, el?: XmlElement): void => {
    problems.push({ code, message, line: el?.line });
  };
  checkSequence(root, add);
  checkValues(root, add);
  const resources = collectResources(root, add);
  checkResids(root, resources, add);
  checkUrls(root, resources, add);
  checkIcons(root, resources, opts, add);
  checkRequirements(root, add);
  checkLocales(root, add);
  return problems;
}

type Add = (code: ProblemCode, message: string, el?: XmlElement) => void;

function child(el: XmlElement, local: string): XmlElement | undefined {
  return el.children.find((c) => c.local === local);
}

function checkSequence(root: XmlElement, add: Add): void {
  const order = new Map(OFFICE_APP_SEQUENCE.map((e, i) => [e.name, i]));
  let last = -1;
  let lastName = "";
  for (const c of root.children) {
    const i = order.get(c.local);
    if (i === undefined || (c.uri !== NS.officeApp && c.local !== "VersionOverrides")) {
      add("unknown-element", `OfficeApp has an unknown child element <${c.local}>`, c);
      continue;
    }
    if (i < last) add("order", `<${c.local}> must come before <${lastName}> (schema order)`, c);
    else {
      last = i;
      lastName = c.local;
    }
  }
  for (const e of OFFICE_APP_SEQUENCE) {
    if (e.required && !child(root, e.name)) add("missing", `required element <${e.name}> is missing`);
  }
}

function checkValues(root: XmlElement, add: Add): void {
  const id = child(root, "Id");
  if (id && !GUID.test(id.text.trim())) add("guid", `<Id> must be a GUID, found "${id.text.trim()}"`, id);
  const version = child(root, "Version");
  if (version && !VERSION.test(version.text.trim())) {
    add("version", `<Version> must look like 1.0.0.0, found "${version.text.trim()}"`, version);
  }
  const perm = child(root, "Permissions");
  if (perm && !PERMISSIONS.includes(perm.text.trim())) {
    add("permission", `<Permissions> must be one of ${PERMISSIONS.join(", ")}, found "${perm.text.trim()}"`, perm);
  }
  for (const host of child(root, "Hosts")?.children ?? []) {
    const name = host.attrs.Name ?? "";
    if (!HOST_NAMES.includes(name)) add("host", `unknown host "${name}"`, host);
  }
  for (const name of ["ProviderName", "DisplayName", "Description"]) {
    const el = child(root, name);
    const value = name === "ProviderName" ? el?.text.trim() : el?.attrs.DefaultValue?.trim();
    if (el && !value) add("empty", `<${name}> is empty`, el);
  }
}

function collectResources(root: XmlElement, add: Add): Map<string, Resource> {
  const out = new Map<string, Resource>();
  const res = child(root, "VersionOverrides") && findFirst(root, "Resources");
  if (!res) return out;
  for (const group of res.children) {
    const kind = group.local as ResourceKind;
    if (!["Images", "Urls", "ShortStrings", "LongStrings"].includes(kind)) continue;
    for (const item of group.children) {
      const id = item.attrs.id ?? "";
      const value = item.attrs.DefaultValue ?? "";
      if (out.has(id)) add("resource-duplicate", `resource id "${id}" is defined twice`, item);
      if (id.length > RESID_MAX_LENGTH) add("resid-length", `resource id "${id}" is longer than 32 characters`, item);
      const max = RESOURCE_MAX_LENGTH[kind];
      const values = [value, ...item.children.filter((o) => o.local === "Override").map((o) => o.attrs.Value ?? "")];
      if (max !== undefined && values.some((v) => [...v].length > max)) {
        add("resource-length", `${kind} "${id}" is longer than ${max} characters`, item);
      }
      if (!value.trim()) add("empty", `resource "${id}" has an empty DefaultValue`, item);
      out.set(id, { kind, value, el: item });
    }
  }
  return out;
}

function findFirst(el: XmlElement, local: string): XmlElement | undefined {
  for (const e of walk(el)) if (e.local === local) return e;
  return undefined;
}

function checkResids(root: XmlElement, resources: Map<string, Resource>, add: Add): void {
  for (const el of walk(root)) {
    const resid = el.attrs.resid;
    if (resid === undefined) continue;
    const r = resources.get(resid);
    if (!r) {
      add("resid-undefined", `resid "${resid}" on <${el.local}> is not defined in <Resources>`, el);
      continue;
    }
    const want = RESID_KIND[el.local];
    if (want && r.kind !== want) {
      add("resid-kind", `resid "${resid}" on <${el.local}> must point into ${want}, not ${r.kind}`, el);
    }
  }
}

/** Every URL value with the element it came from. */
function urls(root: XmlElement, resources: Map<string, Resource>): { url: string; el: XmlElement }[] {
  const out: { url: string; el: XmlElement }[] = [];
  for (const el of walk(root)) {
    if (el.uri === NS.officeApp && URL_ELEMENTS.includes(el.local) && el.attrs.DefaultValue !== undefined) {
      out.push({ url: el.attrs.DefaultValue, el });
      for (const o of el.children) if (o.local === "Override" && o.attrs.Value) out.push({ url: o.attrs.Value, el: o });
    }
    if (el.local === "AppDomain") out.push({ url: el.text.trim(), el });
  }
  for (const r of resources.values()) {
    if (r.kind !== "Images" && r.kind !== "Urls") continue;
    out.push({ url: r.value, el: r.el });
    for (const o of r.el.children) if (o.local === "Override" && o.attrs.Value) out.push({ url: o.attrs.Value, el: o });
  }
  return out;
}

function parseUrl(s: string): URL | undefined {
  try {
    return new URL(s);
  } catch {
    return undefined;
  }
}

function checkUrls(root: XmlElement, resources: Map<string, Resource>, add: Add): void {
  const source = findFirst(child(root, "DefaultSettings") ?? root, "SourceLocation")?.attrs.DefaultValue;
  const origin = source ? parseUrl(source)?.origin : undefined;
  for (const { url, el } of urls(root, resources)) {
    const u = parseUrl(url);
    if (!u) {
      add("url", `"${url}" is not a valid absolute URL`, el);
      continue;
    }
    if (u.protocol !== "https:") add("https", `"${url}" must use https`, el);
    else if (origin && u.origin !== origin) {
      add("origin", `"${url}" is not on the add-in's origin ${origin} (everything must load from one server)`, el);
    }
  }
}

function checkIcons(root: XmlElement, resources: Map<string, Resource>, opts: ValidateOptions, add: Add): void {
  if (!opts.resolveFile) return;
  const resolve = opts.resolveFile;
  const checkOne = (url: string, size: number, el: XmlElement): void => {
    const u = parseUrl(url);
    if (!u) return;
    const bytes = resolve(u);
    if (!bytes) {
      add("icon-file", `icon file for "${url}" not found`, el);
      return;
    }
    const dim = pngSize(bytes);
    if (!dim) add("icon-file", `icon "${url}" is not a PNG`, el);
    else if (dim.width !== size || dim.height !== size) {
      add("icon-size", `icon "${url}" is ${dim.width}×${dim.height} px but must be ${size}×${size}`, el);
    }
  };
  for (const [name, size] of Object.entries(TOP_ICON_SIZE)) {
    const el = child(root, name);
    if (el?.attrs.DefaultValue) checkOne(el.attrs.DefaultValue, size, el);
  }
  const seen = new Set<string>();
  for (const el of walk(root)) {
    if (el.local !== "Image" || el.attrs.resid === undefined || el.attrs.size === undefined) continue;
    const r = resources.get(el.attrs.resid);
    const key = `${el.attrs.resid}@${el.attrs.size}`;
    if (!r || r.kind !== "Images" || seen.has(key)) continue;
    seen.add(key);
    checkOne(r.value, Number(el.attrs.size), el);
  }
}

function compareVersions(a: string, b: string): number {
  const [a1, a2] = a.split(".").map(Number);
  const [b1, b2] = b.split(".").map(Number);
  return a1 - b1 || a2 - b2;
}

function checkRequirements(root: XmlElement, add: Add): void {
  for (const el of walk(root)) {
    if (el.local === "Sets" && el.attrs.DefaultMinVersion && !SET_VERSION.test(el.attrs.DefaultMinVersion)) {
      add("requirement-set", `DefaultMinVersion "${el.attrs.DefaultMinVersion}" is not a version like 1.1`, el);
    }
    if (el.local !== "Set") continue;
    const name = el.attrs.Name ?? "";
    const max = REQUIREMENT_SETS[name];
    const version = el.attrs.MinVersion ?? el.attrs.DefaultMinVersion ?? "1.1";
    if (max === undefined) add("requirement-set", `unknown requirement set "${name}"`, el);
    else if (!SET_VERSION.test(version)) add("requirement-set", `${name} version "${version}" is not like 1.7`, el);
    else if (compareVersions(version, max) > 0 || compareVersions(version, "1.1") < 0) {
      add("requirement-set", `${name} ${version} does not exist (1.1 to ${max})`, el);
    }
  }
}

function checkLocales(root: XmlElement, add: Add): void {
  const def = child(root, "DefaultLocale")?.text.trim() ?? "";
  if (def && !LOCALE.test(def))
    add("locale", `DefaultLocale "${def}" must look like zh-CN`, child(root, "DefaultLocale"));
  for (const el of walk(root)) {
    if (el.local !== "Override" || el.attrs.Locale === undefined) continue;
    const loc = el.attrs.Locale;
    if (!LOCALE.test(loc)) add("locale", `override locale "${loc}" must look like en-US`, el);
    else if (loc.toLowerCase() === def.toLowerCase())
      add("locale", `override for ${loc} repeats the DefaultLocale`, el);
    if (!(el.attrs.Value ?? "").trim()) add("empty", `override for ${loc} has an empty Value`, el);
  }
}
