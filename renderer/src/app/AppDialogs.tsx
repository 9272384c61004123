// The shell's modal dialogs, one at a time: the tag set, search aliases and the shortcut sheet.

import type { WorkspaceView } from '../../../shared/api/contract.ts';
import type { Tag, UiLanguage } from '../../../shared/workspace/model.ts';
import { AliasEditor } from '../search/AliasEditor.tsx';
import { TagManager } from '../tags/TagManager.tsx';
import { ShortcutSheet } from './ShortcutSheet.tsx';

export type ShellDialog = 'tags' | 'aliases' | 'shortcuts' | null;

export function AppDialogs(props: {
  lang: UiLanguage;
  workspace: WorkspaceView | null;
  open: ShellDialog;
  /** Which dialog closed: its close event can come after another one was opened (Escape, then F1). */
  onClose: (which: ShellDialog) => void;
  onSaveTags: (tags: Tag[], reassign: Record<string, string | null>) => Promise<boolean>;
  onSaveAliases: (aliases: string[][]) => Promise<boolean>;
}) {
  const { lang, workspace, open } = props;
  const onClose = () => props.onClose(open);
  if (open === 'shortcuts') return <ShortcutSheet lang={lang} tags={workspace?.tags ?? []} onClose={onClose} />;
  if (!workspace) return null;
  // Closed once saved; a refused save keeps the dialog and what was typed in it.
  const closeIf = (saved: boolean) => saved && onClose();
  if (open === 'tags') {
    return (
      <TagManager
        lang={lang}
        tags={workspace.tags}
        onSave={(tags, reassign) => void props.onSaveTags(tags, reassign).then(closeIf)}
        onClose={onClose}
      />
    );
  }
  if (open === 'aliases') {
    return (
      <AliasEditor
        lang={lang}
        aliases={workspace.aliases}
        onSave={(aliases) => void props.onSaveAliases(aliases).then(closeIf)}
        onClose={onClose}
      />
    );
  }
  return null;
}
