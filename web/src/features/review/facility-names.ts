import { useEffect, useState } from 'preact/hooks';
import { api } from '../../api/client.ts';

let names: Promise<ReadonlyMap<string, string>> | undefined;

/**
 * The facilities' names by id, loaded once per page load: a candidate's draft names its facility by
 * id (`fr-toulon-la-farlede-cp`), which a reader must never see. Undefined until they arrive; a failed
 * load is retried by the next page that asks.
 */
export function useFacilityNames(): ReadonlyMap<string, string> | undefined {
  const [loaded, setLoaded] = useState<ReadonlyMap<string, string>>();
  useEffect(() => {
    let live = true;
    names ??= api.allFacilities().then(
      (facilities) => new Map(facilities.map((facility) => [facility.id, facility.name])),
      (error: unknown) => {
        names = undefined;
        throw error;
      },
    );
    names.then(
      (map) => {
        if (live) setLoaded(map);
      },
      () => {
        if (live) setLoaded(new Map());
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return loaded;
}
