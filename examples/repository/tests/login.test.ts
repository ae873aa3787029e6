import { login } from '../src/api/login';

test('rejects an address without @', async () => {
  await expect(login({ email: 'nope', password: 'x' })).rejects.toThrow('invalid e-mail');
});
