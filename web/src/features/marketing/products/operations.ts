import { graphql } from '../../../gql';

export const ProductsQuery = graphql(`
  query Products($first: Int, $after: String, $where: ProductFilter, $sort: ProductSort) {
    products(first: $first, after: $after, where: $where, sort: $sort) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id
        code
        title
        listingStatus
        showcase
        priceTier
        minPriceFen
        maxPriceFen
        updatedAt
        category { id path }
        skus { id }
      }
    }
  }
`);

export const ProductsCsvQuery = graphql(`
  query ProductsCsv($where: ProductFilter, $sort: ProductSort) {
    productsCsv(where: $where, sort: $sort)
  }
`);

export const CategoriesQuery = graphql(`
  query Categories {
    categories { id name path parentId sortOrder productCount }
  }
`);

export const ProductQuery = graphql(`
  query Product($id: ID!) {
    product(id: $id) {
      id
      code
      title
      description
      listingStatus
      showcase
      priceTier
      createdAt
      updatedAt
      category { id path }
      attributes { name value }
      images { id url fileName sortOrder sizeBytes }
      skus {
        id
        code
        barcode
        weightGrams
        priceFen
        vipPriceFen
        isGift
        active
        spec { name value }
      }
    }
  }
`);

export const CreateProductMutation = graphql(`
  mutation CreateProduct($input: CreateProductInput!) {
    createProduct(input: $input) {
      product { id code title }
      errors { field message code }
    }
  }
`);

export const UpdateProductMutation = graphql(`
  mutation UpdateProduct($input: UpdateProductInput!) {
    updateProduct(input: $input) {
      product {
        id code title description priceTier updatedAt
        category { id path }
        attributes { name value }
        skus { id code barcode weightGrams priceFen vipPriceFen isGift active spec { name value } }
      }
      errors { field message code }
    }
  }
`);

export const SetListingStatusMutation = graphql(`
  mutation SetListingStatus($input: SetListingStatusInput!) {
    setListingStatus(input: $input) {
      products { id listingStatus updatedAt }
      errors { field message code }
    }
  }
`);

export const SetShowcaseMutation = graphql(`
  mutation SetShowcase($input: SetShowcaseInput!) {
    setShowcase(input: $input) {
      products { id showcase updatedAt }
      errors { field message code }
    }
  }
`);

export const AddProductImageMutation = graphql(`
  mutation AddProductImage($input: AddProductImageInput!) {
    addProductImage(input: $input) {
      product { id images { id url fileName sortOrder sizeBytes } }
      errors { field message code }
    }
  }
`);

export const RemoveProductImageMutation = graphql(`
  mutation RemoveProductImage($input: RemoveProductImageInput!) {
    removeProductImage(input: $input) {
      product { id images { id url fileName sortOrder sizeBytes } }
      errors { field message code }
    }
  }
`);

export const TierMixQuery = graphql(`
  query TierMix {
    priceTierMix {
      total
      balanced
      tiers { tier count share target deviation }
    }
  }
`);
