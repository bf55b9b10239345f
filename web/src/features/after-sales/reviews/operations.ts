import { graphql } from '../../../gql';

export const ReviewsQuery = graphql(`
  query AsReviews($first: Int, $after: String, $where: ReviewFilter, $sort: ReviewSort) {
    reviews(first: $first, after: $after, where: $where, sort: $sort) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id platform buyerName rating originalRating text isBad handlingStatus cause reviewedAt repliedAt orderCode revisedAt
        product { id title }
        sku { id code }
      }
    }
  }
`);

export const ReviewDetailFragment = graphql(`
  fragment AsReviewDetail on Review {
    id platform externalId buyerName rating originalRating text isBad handlingStatus cause causeNote reviewedAt orderCode
    replyText repliedAt repliedByLabel
    explanation revisionRequestedAt revisedAt
    logisticsFinding verifiedAt apology compensationFen apologisedAt
    retrainingNote retrainedAt retrainedUser { id name }
    resolvedAt
    order { id code lines { id title skuCode quantity isGift } }
    product { id title }
    sku { id code }
    returnRequest { id code status type }
    courierClaims { id code status amountFen settledAmountFen reason waybillNo courier { id code name } }
    timeline { id at actorLabel actor { id name } fromState toState note }
  }
`);

export const ReviewQuery = graphql(`
  query AsReview($id: ID!) {
    review(id: $id) { ...AsReviewDetail }
  }
`);

export const CreateReviewMutation = graphql(`
  mutation AsCreateReview($input: CreateReviewInput!) {
    createReview(input: $input) { review { id } errors { field message code } }
  }
`);

export const ImportReviewsMutation = graphql(`
  mutation AsImportReviews($input: ImportReviewsCsvInput!) {
    importReviewsCsv(input: $input) {
      imported duplicates
      rowErrors { row column message code }
      errors { field message code }
    }
  }
`);

export const ReplyToReviewMutation = graphql(`
  mutation AsReplyToReview($input: ReplyToReviewInput!) {
    replyToReview(input: $input) { review { ...AsReviewDetail } errors { field message code } }
  }
`);

export const ClassifyBadReviewMutation = graphql(`
  mutation AsClassifyBadReview($input: ClassifyBadReviewInput!) {
    classifyBadReview(input: $input) { review { ...AsReviewDetail } errors { field message code } }
  }
`);

export const RequestRevisionMutation = graphql(`
  mutation AsRequestReviewRevision($input: RequestReviewRevisionInput!) {
    requestReviewRevision(input: $input) { review { ...AsReviewDetail } errors { field message code } }
  }
`);

export const RecordRevisionMutation = graphql(`
  mutation AsRecordReviewRevision($input: RecordReviewRevisionInput!) {
    recordReviewRevision(input: $input) { review { ...AsReviewDetail } errors { field message code } }
  }
`);

export const VerifyLogisticsMutation = graphql(`
  mutation AsVerifyLogisticsIssue($input: VerifyLogisticsIssueInput!) {
    verifyLogisticsIssue(input: $input) { review { ...AsReviewDetail } errors { field message code } }
  }
`);

export const ApologiseMutation = graphql(`
  mutation AsApologiseForReview($input: ApologiseForReviewInput!) {
    apologiseForReview(input: $input) { review { ...AsReviewDetail } errors { field message code } }
  }
`);

export const OfferReturnMutation = graphql(`
  mutation AsOfferReturnForReview($input: OfferReturnForReviewInput!) {
    offerReturnForReview(input: $input) { review { ...AsReviewDetail } errors { field message code } }
  }
`);

export const RecordRetrainingMutation = graphql(`
  mutation AsRecordStaffRetraining($input: RecordStaffRetrainingInput!) {
    recordStaffRetraining(input: $input) { review { ...AsReviewDetail } errors { field message code } }
  }
`);

export const ResolveBadReviewMutation = graphql(`
  mutation AsResolveBadReview($input: ResolveBadReviewInput!) {
    resolveBadReview(input: $input) { review { ...AsReviewDetail } errors { field message code } }
  }
`);

export const FileCourierClaimMutation = graphql(`
  mutation AsFileCourierClaim($input: FileCourierClaimInput!) {
    fileCourierClaim(input: $input) { courierClaim { id code status } errors { field message code } }
  }
`);
