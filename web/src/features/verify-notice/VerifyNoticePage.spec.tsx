import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderPage } from '../../test/render';
import VerifyNoticePage from './VerifyNoticePage';

describe('the notice check page', () => {
  it('checks the code of the link printed in the notice’s QR code at once', async () => {
    const page = renderPage(
      <VerifyNoticePage />,
      {
        VerifyPointsNotice: (variables) => ({
          data: {
            verifyPointsNotice:
              variables['code'] === 'AB12-CD34-EF56-7890'
                ? {
                    valid: true,
                    holderName: '张*',
                    validUntil: '2027-02-28',
                    district: 'XUHUI',
                    districtName: '徐汇区',
                    documentNo: '沪人社积〔2026〕000001号',
                  }
                : {
                    valid: false,
                    holderName: null,
                    validUntil: null,
                    district: null,
                    districtName: null,
                    documentNo: null,
                  },
          },
        }),
      },
      '/verify-notice?code=AB12-CD34-EF56-7890',
    );
    expect(await screen.findByTestId('verify-result')).toHaveTextContent('通知书有效');
    expect(screen.getByTestId('verify-document-no')).toHaveTextContent('沪人社积〔2026〕000001号');
    expect(screen.getByText('徐汇区')).toBeVisible();
    expect(screen.getByText('2027年2月28日')).toBeVisible();
    expect(screen.getByLabelText('核验码')).toHaveValue('AB12-CD34-EF56-7890');
    expect(page.calls.filter((c) => c.operationName === 'VerifyPointsNotice')).toHaveLength(1);
  });
});
