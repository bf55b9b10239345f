import { expect, test } from '@playwright/test';
import { demo } from '../../support/accounts';
import { signIn } from '../../support/session';
import { asAdmin, chooseOption, createProduct } from '../../support/inventory';
import { createSupplier, run, type TestSupplier } from './procurementSetup';

async function evaluate(request: Parameters<typeof run>[0], supplier: TestSupplier, score: number) {
  const period = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 7);
  await run(request, 'recordSupplierEvaluation',
    'mutation ($input: RecordSupplierEvaluationInput!) { recordSupplierEvaluation(input: $input) { evaluation { id } errors { field message code } } }',
    { supplierId: supplier.id, period, method: 'SAMPLE_TEST', quality: score, delivery: score, price: score, service: score, credit: score });
  await run(request, 'scoreSuppliersForPeriod',
    'mutation ($input: ScoreSuppliersInput!) { scoreSuppliersForPeriod(input: $input) { snapshots { id } errors { field message code } } }',
    { period, supplierIds: [supplier.id] });
}

test('quotes from two suppliers are compared (best price, lead time and score marked) and awarded line by line with negotiation notes', async ({ page, request }) => {
  test.slow();
  await asAdmin(request);
  const product = await createProduct(request, { title: '安溪铁观音 询价', skus: [{ suffix: 'TIN', priceFen: 12800 }, { suffix: 'LOOSE', priceFen: 8800 }] });
  const [tin, loose] = product.skus;
  const good = await createSupplier(request, '安溪祥华茶业', 'A');
  const cheap = await createSupplier(request, '感德镇茶叶合作社', 'C');
  await evaluate(request, good, 92);
  await evaluate(request, cheap, 70);

  await signIn(page, demo('purchasing'));
  await page.getByTestId('nav-proc-rfqs').click();
  await page.getByTestId('rfq-create').click();
  await page.getByTestId('rfq-submit').click();
  await expect(page.getByTestId('rfq-form')).toContainText('请至少邀请一家供应商');
  await page.getByTestId('rfq-title').fill('秋茶铁观音询价');
  for (const s of [good, cheap]) {
    await page.getByTestId('rfq-supplier').fill(s.code);
    await page.locator(`li[data-supplier="${s.code}"]`).click();
  }
  for (const sku of [tin, loose]) {
    await page.getByTestId('rfq-sku').fill(sku.code);
    await page.locator(`li[data-sku="${sku.code}"]`).click();
    await page.getByTestId('rfq-add-line').click();
  }
  await page.getByTestId('rfq-submit').click();
  await expect(page.getByTestId('rfq-status')).toHaveAttribute('data-status', 'DRAFT');
  await page.getByTestId('rfq-send').click();
  await page.getByTestId('rfq-send-dialog-confirm').click();
  await expect(page.getByTestId('rfq-status')).toHaveAttribute('data-status', 'SENT');

  const quote = async (supplier: TestSupplier, prices: [string, string], leads: [string, string]) => {
    await page.getByTestId('rfq-enter-quote').click();
    await chooseOption(page, 'quote-supplier', supplier.label);
    await page.getByTestId(`quote-price-${tin.code}`).fill(prices[0]);
    await page.getByTestId(`quote-lead-${tin.code}`).fill(leads[0]);
    await page.getByTestId(`quote-price-${loose.code}`).fill(prices[1]);
    await page.getByTestId(`quote-lead-${loose.code}`).fill(leads[1]);
    await page.getByTestId('quote-submit').click();
    await expect(page.getByTestId('quote-form')).toHaveCount(0);
  };
  await quote(good, ['40.00', '60.00'], ['10', '4']);
  await quote(cheap, ['42.50', '55.00'], ['5', '12']);

  const cell = (skuCode: string, s: TestSupplier) => page.getByTestId(`quote-${skuCode}-${s.code}`);
  await expect(cell(tin.code, good)).toHaveAttribute('data-best-price', 'true');
  await expect(cell(tin.code, cheap)).toHaveAttribute('data-best-price', 'false');
  await expect(cell(tin.code, cheap)).toHaveAttribute('data-best-lead', 'true');
  await expect(cell(loose.code, cheap)).toHaveAttribute('data-best-price', 'true');
  await expect(cell(loose.code, good)).toHaveAttribute('data-best-lead', 'true');
  await expect(cell(tin.code, good)).toHaveAttribute('data-best-score', 'true');
  await expect(cell(tin.code, cheap)).toHaveAttribute('data-best-score', 'false');
  await expect(cell(tin.code, good)).toContainText('最低价');

  // Award the tin to the better-scored supplier and the loose tea to the cheaper one.
  await page.getByTestId(`award-pick-${tin.code}-${good.code}`).check();
  await page.getByTestId(`award-pick-${loose.code}-${cheap.code}`).check();
  await page.getByTestId('rfq-award').click();
  await page.getByTestId('rfq-award-dialog-note').fill('合作社散装由 ¥58 议价至 ¥55；罐装选评分高的祥华');
  await page.getByTestId('rfq-award-dialog-confirm').click();
  await expect(page.getByTestId('rfq-status')).toHaveAttribute('data-status', 'AWARDED');
  await expect(cell(tin.code, good)).toHaveAttribute('data-awarded', 'true');
  await expect(cell(loose.code, cheap)).toHaveAttribute('data-awarded', 'true');
  await expect(cell(loose.code, good)).toHaveAttribute('data-awarded', 'false');
  await expect(page.getByTestId('rfq-negotiation')).toContainText('议价至 ¥55');
  await expect(page.getByTestId('rfq-history')).toContainText('议价至 ¥55');
});
