import type { AsComplaintDetailFragment } from '../../../../gql/graphql';

export type ComplaintDetail = AsComplaintDetailFragment;

/** What every step form gets: the complaint, whether the viewer may act, and a way to say it worked. */
export interface StepProps {
  complaint: ComplaintDetail;
  writable: boolean;
  notify: (message: string) => void;
}
