import { useStore } from '../../state';
import type { ThemePreference } from '../../state/types';
import { ControlSelect } from '../common/ControlSelect';
import { actionById, shortcutText } from '../actions/registry';

export function ViewControls() {
  const theme = useStore((s) => s.theme);
  const setTheme = useStore((s) => s.setTheme);
  return (
    <div className="toolbar__view">
      <ControlSelect
        id="theme"
        label="Theme"
        value={theme}
        options={[
          { value: 'system', label: 'System' },
          { value: 'light', label: 'Light' },
          { value: 'dark', label: 'Dark' },
        ]}
        onChange={(value) => setTheme(value as ThemePreference)}
        title={`${shortcutText(actionById('cycle-theme'))} cycles`}
        inline
      />
    </div>
  );
}
