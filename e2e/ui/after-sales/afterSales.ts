import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { gql } from '../../support/graphql';

/** A short unique suffix of letters (the customer search also matches digits against phone numbers). */
export const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`.replace(/\d/g, (d) => 'qrstuvwxyz'[Number(d)]);

/** A customer of the test's own, made through the API (call asAdmin first). */
export async function createCustomer(request: APIRequestContext, name: string): Promise<string> {
  const phone = `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
  const result = await gql<{ createCustomer: { customer: { id: string } | null; errors: unknown[] } }>(request,
    'mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { customer { id } errors { field message code } } }',
    { input: { channel: 'TAOBAO', name, phone } });
  expect(result.data?.createCustomer.errors, JSON.stringify(result)).toEqual([]);
  return result.data!.createCustomer.customer!.id;
}

/** Picks a customer in the CustomerPicker by typing part of the name. */
export async function pickCustomer(page: Page, testId: string, name: string): Promise<void> {
  await page.getByTestId(testId).fill(name);
  await page.locator(`li[data-customer="${name}"]`).click();
}

/** Picks an option of a MUI select whose trigger carries the test id. */
export async function choose(page: Page, trigger: string, option: string | RegExp): Promise<void> {
  await page.getByTestId(trigger).click();
  await page.getByRole('option', { name: option }).click();
}
