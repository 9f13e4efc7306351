import { PageHeader } from '../../components/page-header';
import { TemplatesWorkspace } from '../../features/playbook/components/templates-workspace';

export function TemplatesRoute() {
  return (
    <>
      <PageHeader
        title="Templates"
        description="Start from a template, make it yours, check the wording, then send it from your own mail app."
      />
      <TemplatesWorkspace />
    </>
  );
}
