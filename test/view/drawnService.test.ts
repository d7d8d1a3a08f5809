import { describe, expect, it } from 'vitest';
import { drawnService } from '../../src/view/drawnService';
import { seedDemoReport } from '../fixtures/seedDemoReport';

describe('drawnService', () => {
  const report = seedDemoReport();
  const other = { ...report.services[0]!, key: 'default/aaa', name: 'aaa' };
  const both = { ...report, services: [other, ...report.services] };

  it('is the selected Service while the report has it', () => {
    expect(drawnService({ report: both, selectedService: 'default/aaa' })).toBe('default/aaa');
  });

  it('falls back to the first Service with client routes for no or a vanished selection', () => {
    expect(drawnService({ report: both, selectedService: null })).toBe('default/echo-svc');
    expect(drawnService({ report: both, selectedService: 'default/gone' })).toBe('default/echo-svc');
  });

  it('is none without a report', () => {
    expect(drawnService({ report: null, selectedService: 'default/echo-svc' })).toBeNull();
  });
});
