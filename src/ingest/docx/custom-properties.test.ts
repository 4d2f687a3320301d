import { describe, expect, it } from 'vitest';
import { customProperties } from './custom-properties.js';

const xml = (props: string) =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ' +
  'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
  props +
  '</Properties>';

describe('customProperties', () => {
  it('reads string properties with their XML entities decoded', () => {
    const props = customProperties(
      xml(
        '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="juesuan.layout"><vt:lpwstr>shanghai</vt:lpwstr></property>' +
          '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="单位&amp;部门"><vt:lpwstr>A &lt;B&gt; &quot;C&quot;</vt:lpwstr></property>' +
          '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="4" name="count"><vt:i4>3</vt:i4></property>',
      ),
    );
    expect(props).toEqual({ 'juesuan.layout': 'shanghai', '单位&部门': 'A <B> "C"' });
  });

  it('gives no properties for a part that is not XML, rather than failing the import', () => {
    expect(customProperties('<Properties><property name="x"><vt:lpwstr>unclosed')).toEqual({});
    expect(customProperties('')).toEqual({});
  });
});
