/**
 * Two drafts of a long policy whose check yields about `findings` distinct findings (long
 * sentences, each different), with every tenth sentence edited in the second draft, a few
 * removed and a few added: the shape of a real revision.
 */
export function buildReviewTexts(findings: number): { v1: string; v2: string } {
  const sentence = (i: number, variant = ''): string =>
    `I avsnitt ${i} beskrivs hur myndigheten${variant} i samverkan med berörda enheter och med stöd av gällande föreskrifter ska planera, genomföra och följa upp arbetet med värdegrunden så att medarbetare, chefer och allmänhet får ett sakligt och opartiskt bemötande i ärende nummer ${i}.`;
  const v1: string[] = ['Riktlinje för värdegrundsarbetet'];
  const v2: string[] = ['Riktlinje för värdegrundsarbetet'];
  for (let i = 1; i <= findings; i++) {
    v1.push(sentence(i));
    if (i % 50 === 0) continue; // removed in draft 2
    v2.push(i % 10 === 0 ? sentence(i, ' tillsammans med regionen') : sentence(i));
    if (i % 100 === 0) v2.push(sentence(findings + i, ' och länets kommuner'));
  }
  return { v1: v1.join('\n\n'), v2: v2.join('\n\n') };
}
