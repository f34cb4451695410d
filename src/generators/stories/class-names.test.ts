import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { Story } from './model'
import { storyClassNames } from './class-names'

const STORY: Story = { name: 'Till', description: '', steps: [], scenarios: [] }

test('a class is named after the thing its feature names, before the words that qualify it', () => {
  assert.equal(storyClassNames({ ...STORY, name: 'To-do list with priorities' }).className, 'ToDoList')
  assert.equal(storyClassNames({ ...STORY, name: 'Group rides on a ride card' }).className, 'GroupRides')
  // A qualifier inside a hyphenated word is part of it.
  assert.equal(storyClassNames({ ...STORY, name: 'Walk-in clinic queue' }).className, 'WalkInClinicQueue')
  assert.equal(storyClassNames({ ...STORY, name: 'Car park barrier' }).className, 'CarParkBarrier')
  // A name that opens with a joining word keeps it: there is nothing before it to name the thing.
  assert.equal(storyClassNames({ ...STORY, name: 'In-tray of a clerk' }).className, 'InTray')
})
