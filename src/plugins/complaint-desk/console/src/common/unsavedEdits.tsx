import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react';
import { useFormState } from 'react-hook-form';

/**
 * Whether the form of the page has edits not yet saved, for controls outside the form: the
 * language switcher of a localized record remounts the form for the other version, which would
 * drop them. react-admin's `warnWhenUnsavedChanges` covers leaving the page; this covers the
 * switch, which stays on the same path.
 */
type Tracker = { current: boolean };

const UnsavedEditsContext = createContext<Tracker | null>(null);

export const UnsavedEditsScope = ({ tracker, children }: { tracker: Tracker; children: ReactNode }) => (
  <UnsavedEditsContext.Provider value={tracker}>{children}</UnsavedEditsContext.Provider>
);

/** Placed inside a form: keeps the scope's tracker up to date with the form's dirty state. */
export const TrackUnsavedEdits = () => {
  const tracker = useContext(UnsavedEditsContext);
  const { isDirty } = useFormState();
  useEffect(() => {
    if (!tracker) return undefined;
    tracker.current = isDirty;
    return () => {
      tracker.current = false;
    };
  }, [tracker, isDirty]);
  return null;
};

export const useUnsavedEditsTracker = (): Tracker => useRef(false);
