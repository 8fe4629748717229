import { useEffect, useState } from 'preact/hooks';
import { api } from '../../api/client.ts';

/**
 * The facilities' names by id: a candidate's draft names its facility by id (`fr-toulon-la-farlede-cp`),
 * which a reader must never see. Undefined until they arrive (an empty map if they cannot be loaded).
 */
export function useFacilityNames(): ReadonlyMap<string, string> | undefined {
  const [loaded, setLoaded] = useState<ReadonlyMap<string, string>>();
  useEffect(() => {
    let live = true;
    api.allFacilities().then(
      (facilities) => {
        if (live) setLoaded(new Map(facilities.map((facility) => [facility.id, facility.name])));
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
