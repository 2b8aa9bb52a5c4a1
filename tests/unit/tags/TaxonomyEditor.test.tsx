// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TaxonomyEditor, type TaxonomyEditorProps } from '../../../components/tags/TaxonomyEditor.tsx';
import { translator } from '../../../lib/i18n/index.ts';
import { defaultTaxonomy, mergeTags, parseTaxonomy, retireTag, type Taxonomy } from '../../../lib/tags/index.ts';
import { blur, byText, chooseFile, click, render, type, type Rendered } from './render.ts';

const tax = defaultTaxonomy();
let r: Rendered | null = null;
afterEach(() => {
  r?.unmount();
  r = null;
});

function editor(over: Partial<TaxonomyEditorProps> = {}) {
  const onChange = vi.fn<TaxonomyEditorProps['onChange']>();
  const onExport = vi.fn<TaxonomyEditorProps['onExport']>();
  const onImport = vi.fn<TaxonomyEditorProps['onImport']>();
  const props: TaxonomyEditorProps = { taxonomy: tax, lang: 'en', t: translator('en'), onChange, onExport, onImport, ...over };
  r = render(<TaxonomyEditor {...props} />);
  const last = (): Taxonomy => onChange.mock.calls.at(-1)![0];
  return { onChange, onExport, onImport, container: r.container, last };
}
const row = (c: HTMLElement, id: string) => c.querySelector<HTMLElement>(`li[data-tag-id="${id}"]`)!;

describe('TaxonomyEditor', () => {
  it('lists every tag with both names, colour and owner team', () => {
    const { container } = editor();
    expect(container.querySelectorAll('li.tags-editor-row')).toHaveLength(9);
    const billing = row(container, 'billing');
    const [en, fa] = billing.querySelectorAll<HTMLInputElement>('input[type="text"]');
    expect(en.value).toBe('Billing or invoice error');
    expect(fa.value).toBe('خطای صورت‌حساب یا فاکتور');
    expect(fa.getAttribute('dir')).toBe('rtl');
    expect(billing.querySelector<HTMLInputElement>('input[type="color"]')!.value).toBe('#d9480f');
    expect(billing.querySelector<HTMLSelectElement>('select')!.selectedOptions[0].textContent).toBe('Finance');
  });

  it('renames in Persian on blur, and refuses to empty both names', () => {
    const { container, onChange, last } = editor();
    const fa = row(container, 'other').querySelectorAll<HTMLInputElement>('input[type="text"]')[1];
    type(fa, 'موارد دیگر');
    expect(onChange).not.toHaveBeenCalled();
    blur(fa);
    expect(last().tags.find((t) => t.id === 'other')!.name).toEqual({ en: 'Other', fa: 'موارد دیگر' });
    r!.rerender(<TaxonomyEditor taxonomy={{ ...tax, tags: tax.tags.map((t) => (t.id === 'other' ? { ...t, name: { en: 'Other', fa: '' } } : t)) }} lang="en" t={translator('en')} onChange={onChange} onExport={vi.fn()} onImport={vi.fn()} />);
    const en = row(container, 'other').querySelectorAll<HTMLInputElement>('input[type="text"]')[0];
    type(en, '  ');
    blur(en);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(container.querySelector('[role="alert"]')!.textContent).toBe('Write a name in English or Persian.');
    expect(en.value).toBe('Other');
  });

  it('recolours, sets the owner team and reorders', () => {
    const { container, last } = editor();
    type(row(container, 'policy').querySelector('input[type="color"]'), '#123456');
    expect(last().tags.find((t) => t.id === 'policy')!.color).toBe('#123456');
    type(row(container, 'policy').querySelector('select'), 'finance');
    expect(last().tags.find((t) => t.id === 'policy')!.ownerTeam).toBe('finance');
    click(row(container, 'product-info').querySelector('button[aria-label^="Move up"]'));
    const order = [...last().tags].sort((a, b) => a.order - b.order).map((t) => t.id);
    expect(order.slice(0, 2)).toEqual(['product-info', 'billing']);
  });

  it('merges one tag into another after choosing the target', () => {
    const { container, last, onChange } = editor();
    const ux = row(container, 'ux');
    click(byText(ux, 'button', 'Merge into…'));
    const confirm = byText(ux, 'button', /^Merge$/) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    type(byText(ux, 'label', 'Merge “Hard-to-find feature or confusing interface” into')!.querySelector('select'), 'product-info');
    click(byText(ux, 'button', /^Merge$/));
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(last().tags.find((t) => t.id === 'ux')!.mergedInto).toBe('product-info');
  });

  it('shows retired and merged states with the way back', () => {
    const { container, last } = editor({ taxonomy: retireTag(mergeTags(tax, 'ux', 'product-info'), 'policy') });
    expect(row(container, 'ux').textContent).toContain('Merged into Wrong or unclear product information');
    expect(row(container, 'policy').textContent).toContain('Retired');
    click(byText(row(container, 'policy'), 'button', 'Bring back'));
    expect(last().tags.find((t) => t.id === 'policy')!.retired).toBeUndefined();
    click(byText(row(container, 'ux'), 'button', 'Undo merge'));
    expect(last().tags.find((t) => t.id === 'ux')!.mergedInto).toBeUndefined();
    click(byText(row(container, 'billing'), 'button', 'Retire'));
    expect(last().tags.find((t) => t.id === 'billing')!.retired).toBe(true);
  });

  it('adds a tag with both names', () => {
    const { container, last } = editor();
    const form = container.querySelector('form.tags-editor-add')!;
    type(byText(form, 'label', 'Name (English)')!.querySelector('input'), 'Fraud');
    type(byText(form, 'label', 'Name (Persian)')!.querySelector('input'), 'کلاهبرداری');
    click(byText(form, 'button', 'Add tag'));
    expect(last().tags.at(-1)).toMatchObject({ id: 'fraud', name: { en: 'Fraud', fa: 'کلاهبرداری' }, ownerTeam: 'support' });
    expect(parseTaxonomy(last()).ok).toBe(true);
  });

  it('exports JSON, reads an imported file and shows an import error', async () => {
    const { container, onExport, onImport } = editor({ importError: 'tags[2].color: a colour like #1a2b3c' });
    click(byText(container, 'button', 'Export tags'));
    expect(parseTaxonomy(onExport.mock.calls[0][0])).toEqual({ ok: true, taxonomy: tax });
    await chooseFile(container.querySelector('input[type="file"]'), 'tags.json', '{"formatVersion":1,"tags":[]}');
    // Issue 14: an import replaces the team's list, so it asks first; Cancel changes nothing.
    const ask = container.querySelector('[role="alertdialog"]')!;
    expect(ask.textContent).toContain('Replace your 9 tags with the list in tags.json?');
    click(byText(ask, 'button', 'Cancel'));
    expect(onImport).not.toHaveBeenCalled();
    await chooseFile(container.querySelector('input[type="file"]'), 'tags.json', '{"formatVersion":1,"tags":[]}');
    click(byText(container.querySelector('[role="alertdialog"]')!, 'button', 'Replace the list'));
    expect(onImport).toHaveBeenCalledWith('{"formatVersion":1,"tags":[]}');
    expect(container.querySelector('[role="alertdialog"]')).toBeNull();
    expect(container.querySelector('[role="alert"]')!.textContent).toBe('Not imported: tags[2].color: a colour like #1a2b3c');
  });

  it('renders in Persian with team names in Persian', () => {
    const { container } = editor({ lang: 'fa', t: translator('fa') });
    expect(container.textContent).toContain('برچسب‌های علت تماس');
    expect(row(container, 'billing').querySelector<HTMLSelectElement>('select')!.selectedOptions[0].textContent).toBe('مالی');
  });
});
