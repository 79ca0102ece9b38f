import { expect, screenshot, test } from './fixture.js';

test('the inbox marks a notification read, and the unread count follows', async ({ page, login }) => {
  await login('DISTRICT_PM');
  const badge = page.getByTestId('unread');
  await expect(badge).toHaveAttribute('aria-label', /消息，[1-9]\d* 条未读/);
  const before = Number((await badge.getAttribute('aria-label'))!.match(/(\d+) 条未读/)![1]);
  await page.getByRole('menuitem', { name: /消息/ }).click();
  const unread = page.locator('[data-testid="notification"][data-read="false"]');
  await expect(unread).toHaveCount(before);
  await screenshot(page, 'inbox');
  const first = unread.first();
  const text = (await first.locator('.ant-list-item-meta-description').textContent())!;
  await first.getByRole('button', { name: '标为已读' }).click();
  await expect(page.locator('[data-testid="notification"][data-read="true"]').filter({ hasText: text.slice(0, 8) })).toHaveCount(1);
  await expect(unread).toHaveCount(before - 1);
  await expect(badge).toHaveAttribute('aria-label', `消息，${before - 1} 条未读`);
  await page.getByText('仅未读').click();
  await expect(page.locator('[data-testid="notification"]')).toHaveCount(before - 1);
});
