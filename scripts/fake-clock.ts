/**
 * A preload that moves the clock: `FAKE_NOW=2031-06-15 node --import ./scripts/fake-clock.ts …`
 * makes `new Date()`, `Date()` and `Date.now()` read that day (time keeps
 * flowing from there), so that a build can be run « on another day ».
 * `new Date(x)` with an argument is untouched. Used by
 * scripts/reproducible-build.ts; does nothing without FAKE_NOW.
 */
const target = process.env['FAKE_NOW'];

if (target) {
  const wanted = Date.parse(target);
  if (Number.isNaN(wanted)) throw new Error(`FAKE_NOW n’est pas une date : ${target}`);
  const RealDate = Date;
  const offset = wanted - RealDate.now();
  const now = (): number => RealDate.now() + offset;
  globalThis.Date = new Proxy(RealDate, {
    construct: (Target, args: unknown[]) =>
      args.length === 0 ? new Target(now()) : new Target(...(args as ConstructorParameters<DateConstructor>)),
    apply: () => new RealDate(now()).toString(),
    get: (Target, property, receiver) => (property === 'now' ? now : Reflect.get(Target, property, receiver)),
  });
}
