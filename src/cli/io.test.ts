import { test } from 'node:test'
import assert from 'node:assert/strict'
import { fromInvocation } from './io'

test('a path typed in a subfolder means that subfolder’s file, line and @ kept', () => {
  const globals = { cwd: '/p', invokedFrom: '/p/features/billing' }
  assert.equal(fromInvocation(globals, 'pay.feature'), 'features/billing/pay.feature')
  assert.equal(fromInvocation(globals, 'pay.feature:12'), 'features/billing/pay.feature:12')
  assert.equal(fromInvocation(globals, '@rerun.txt'), '@features/billing/rerun.txt')
  assert.equal(fromInvocation(globals, '../x.feature:3:4'), 'features/x.feature:3:4')
  assert.equal(fromInvocation(globals, '-'), '-')
  assert.equal(fromInvocation(globals, '/abs/y.feature'), '/abs/y.feature')
  assert.equal(fromInvocation({ cwd: '/p', invokedFrom: '/p' }, 'features/a.feature:2'), 'features/a.feature:2')
})
