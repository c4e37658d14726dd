import { ReferenceField, type FieldProps } from 'react-admin';
import { TrackingCodeField } from './TrackingCodeField';

/** A complaint reference shown as its tracking code, XXXX-XXXX-XXXX, linking to the workspace. */
export const ReferenceTrackingCode = ({ source = 'complaintId', label, sortable }: FieldProps & { source?: string; sortable?: boolean }) => (
  <ReferenceField source={source} reference="complaints" link="show" label={label} sortable={sortable} emptyText="—">
    <TrackingCodeField source="trackingCode" />
  </ReferenceField>
);
