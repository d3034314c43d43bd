import { ASSIGNMENT_STATES, TIMELINE_ACTIONS } from './assignment';
import { ASSIGNMENT_BUCKETS } from './buckets';
import {
  ASSIGNMENT_BUCKET_LABELS_VI,
  ASSIGNMENT_STATE_LABELS_VI,
  TASK_CATEGORY_LABELS_VI,
  TASK_PRIORITY_LABELS_VI,
  TASK_STATUS_LABELS_VI,
  TIMELINE_ACTION_LABELS_VI,
} from './labels-vi';
import { TASK_PRIORITIES, TASK_STATUSES } from './task';
import { TASK_CATEGORIES } from './task-category';

describe('Vietnamese labels', () => {
  it('label every value, each differently', () => {
    const sets: [readonly string[], Record<string, string>][] = [
      [TASK_CATEGORIES, TASK_CATEGORY_LABELS_VI],
      [TASK_PRIORITIES, TASK_PRIORITY_LABELS_VI],
      [TASK_STATUSES, TASK_STATUS_LABELS_VI],
      [ASSIGNMENT_STATES, ASSIGNMENT_STATE_LABELS_VI],
      [TIMELINE_ACTIONS, TIMELINE_ACTION_LABELS_VI],
      [ASSIGNMENT_BUCKETS, ASSIGNMENT_BUCKET_LABELS_VI],
    ];
    for (const [values, labels] of sets) {
      const texts = values.map((value) => labels[value]);
      expect(texts.every((text) => typeof text === 'string' && text.length > 0)).toBe(true);
      expect(new Set(texts).size).toBe(values.length);
    }
  });

  it('use the words the teams already use', () => {
    expect(ASSIGNMENT_STATE_LABELS_VI.acknowledged).toBe('Đã nhận');
    expect(TASK_CATEGORY_LABELS_VI.public_service_apps).toContain('VNeID');
  });
});
