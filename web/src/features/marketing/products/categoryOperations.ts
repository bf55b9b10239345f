import { graphql } from '../../../gql';

export const CreateCategoryMutation = graphql(`
  mutation CreateCategory($input: CreateCategoryInput!) {
    createCategory(input: $input) {
      category { id name path parentId sortOrder productCount }
      errors { field message code }
    }
  }
`);

export const UpdateCategoryMutation = graphql(`
  mutation UpdateCategory($input: UpdateCategoryInput!) {
    updateCategory(input: $input) {
      category { id name path parentId sortOrder productCount }
      errors { field message code }
    }
  }
`);

export const MoveCategoryMutation = graphql(`
  mutation MoveCategory($input: MoveCategoryInput!) {
    moveCategory(input: $input) {
      category { id name path parentId sortOrder productCount }
      errors { field message code }
    }
  }
`);
