export { PRINCIPLES, PRINCIPLE_IDS, principleById, isPrincipleId, type Principle, type PrincipleId, type SubValue } from './principles.js';
