import Icon from '@mui/icons-material/Groups';
import type { RaRecord } from 'react-admin';
import type { ResourceConfig } from '../resourceConfig';
import { CftReviewCreate, CftReviewEdit, CftReviewList } from './CftReviewList';
import { CftReviewShow } from './CftReviewShow';

const cftReviews: ResourceConfig = {
  list: CftReviewList,
  show: CftReviewShow,
  edit: CftReviewEdit,
  create: CftReviewCreate,
  icon: Icon,
  recordRepresentation: (r: RaRecord) => String(r.title ?? r.id),
};

export default cftReviews;
