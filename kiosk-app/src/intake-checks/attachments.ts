/** What the checks need to know of one document a procedure asks for. */
export interface RequiredDocument {
  readonly id: string;
  readonly required: boolean;
}

/** The required documents that have no scan yet, in the catalog's order. */
export function missingRequired(
  requirements: readonly RequiredDocument[],
  present: ReadonlySet<string>,
): string[] {
  return requirements
    .filter((requirement) => requirement.required)
    .filter((requirement) => !present.has(requirement.id))
    .map((requirement) => requirement.id);
}
