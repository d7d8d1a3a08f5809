import { memo, type KeyboardEvent, type MouseEvent } from 'react';
import { Handle, Position } from '@xyflow/react';
import { useStore } from '../../../state';
import type { PodChipData } from '../../../view/flowElements';
import { CHIP_H, CHIP_W } from '../../../view/layout';
import './podChips.css';

/** The end of a long generated name ("…-7c9d8-x2k4p" keeps its distinguishing suffix). */
function shortName(name: string): string {
  return name.length > 10 ? `…${name.slice(-8)}` : name;
}

/**
 * A crowded node's pods as chips: status by shape, colour and (in the label) words, app colour
 * on the edge. Each chip is a button: click, Enter or Space selects its pod; the context-menu key
 * opens the pod's events (the chip carries the pod's canvas id).
 */
function PodChipsView({ chips, owner }: { chips: PodChipData[]; owner: string }) {
  // No store subscription per box: the action is read when a chip is used.
  const select = (key: string) => useStore.getState().select({ kind: 'pod', id: key });
  const onClick = (event: MouseEvent<HTMLButtonElement>, key: string) => {
    // The node box around would select the node.
    event.stopPropagation();
    select(key);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, key: string) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    event.stopPropagation();
    select(key);
  };
  return (
    <>
      <Handle type="target" position={Position.Top} isConnectable={false} className="kt-handle" />
      <Handle type="source" position={Position.Top} isConnectable={false} className="kt-handle" />
      <div role="group" aria-label={`${chips.length} pods on ${owner}`}>
        {chips.map((chip) => {
          const classes = [
            'kt-pod',
            'kt-chip',
            `kt-pod--${chip.client ? 'client' : 'backend'}`,
            `kt-pod--${chip.look.status}`,
            chip.appSlot !== undefined ? `kt-app-${chip.appSlot}` : '',
            chip.selected ? 'kt-selected' : '',
            chip.reached ? 'kt-reached' : '',
            'nodrag',
            'nopan',
          ];
          const drift = chip.drift ? `, differs from the YAML: ${chip.drift.text}` : '';
          return (
            <button
              key={chip.key}
              type="button"
              className={classes.filter(Boolean).join(' ')}
              style={{ left: chip.x, top: chip.y, width: CHIP_W, height: CHIP_H }}
              data-id={`pod:${chip.key}`}
              data-testid={`chip-${chip.key}`}
              title={chip.drift ? `${chip.detail} (${chip.drift.detail})` : chip.detail}
              aria-label={`Pod ${chip.key}${chip.client ? ' (client)' : ''}: ${chip.look.text}${drift}`}
              aria-pressed={chip.selected}
              onClick={(event) => onClick(event, chip.key)}
              onKeyDown={(event) => onKeyDown(event, chip.key)}
            >
              <span className="kt-pod__shape" aria-hidden="true">
                {chip.client ? '⇢' : chip.look.shape}
              </span>
              <span className="kt-chip__name" aria-hidden="true">
                {shortName(chip.name)}
              </span>
              {chip.drift && (
                <span className="kt-chip__drift" aria-hidden="true">
                  ≠
                </span>
              )}
            </button>
          );
        })}
      </div>
    </>
  );
}

export const PodChips = memo(PodChipsView);
