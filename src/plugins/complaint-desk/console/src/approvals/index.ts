import Icon from '@mui/icons-material/HowToVote';
import type { ResourceConfig } from '../resourceConfig';
import { ApprovalList } from './ApprovalList';
import { ApprovalShow } from './ApprovalShow';

/** Read-only: approvals are decided through the complaint's approve / decline actions. */
const approvals: ResourceConfig = { list: ApprovalList, show: ApprovalShow, icon: Icon };

export default approvals;
