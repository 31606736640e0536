export async function seedDemo(_url: string): Promise<boolean> { return false; }
