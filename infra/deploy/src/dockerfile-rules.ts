// Our rules for infra/deploy/Dockerfile, checked on its parsed instructions
// (dockerfile-ast, the parser of the Dockerfile language server): several
// stages, every base image pinned to a version, the final stage runs as a
// user other than root, and no infra/dev package is copied into it.
import { DockerfileParser, type Instruction } from 'dockerfile-ast';

const PINNED = /^[^:@\s]+:\d+(\.\d+){2}(-[a-z0-9.-]+)?(@sha256:[0-9a-f]{64})?$/;

/** Every broken rule, one line each, naming the instruction's line. */
export function dockerfileProblems(text: string): string[] {
  const dockerfile = DockerfileParser.parse(text);
  const problems: string[] = [];
  const froms = dockerfile.getFROMs();
  const stageNames = new Set(froms.map((f) => f.getBuildStage()).filter(Boolean));
  if (froms.length < 2) problems.push('the image is built in one stage: build in one, run from another');
  for (const from of froms) {
    const image = from.getImage() ?? '';
    if (!stageNames.has(image) && !PINNED.test(image))
      problems.push(`line ${from.getRange().start.line + 1}: base image ${image} is not pinned to a full version`);
  }
  const finalStage = froms.at(-1);
  const finalLine = finalStage?.getRange().start.line ?? 0;
  const inFinal = (i: Instruction) => i.getRange().start.line > finalLine;
  const users = dockerfile.getInstructions().filter((i) => inFinal(i) && i.getKeyword() === 'USER');
  const user = users.at(-1)?.getArgumentsContent()?.trim();
  if (!user || /^(root|0)(:|$)/.test(user)) problems.push(`the final stage runs as ${user ?? 'root (no USER)'}: name an unprivileged user`);
  for (const copy of dockerfile.getCOPYs().filter(inFinal)) {
    if (/infra\/dev/.test(copy.getArgumentsContent() ?? ''))
      problems.push(`line ${copy.getRange().start.line + 1}: infra/dev is copied into the image`);
  }
  return problems;
}
