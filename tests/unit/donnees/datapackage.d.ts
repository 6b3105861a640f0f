/**
 * The part of the `datapackage` package (Frictionless, JavaScript, untyped)
 * the tests use: load a descriptor strictly, then read each resource.
 */
declare module 'datapackage' {
  export interface Resource {
    name: string;
    read(options: { keyed?: boolean; relations?: boolean; forceCast?: boolean }): Promise<unknown[]>;
  }
  export class Package {
    static load(descriptor: object, options?: { basePath?: string; strict?: boolean }): Promise<Package>;
    readonly valid: boolean;
    readonly errors: Error[];
    readonly resources: Resource[];
  }
}
