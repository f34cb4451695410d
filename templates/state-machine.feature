# template: state-machine — a thing with state: commands change it, queries read it, a command the state does not allow is refused
# specloop's offline generator writes it: `specloop run` synthesises one class (fields: the state; methods: the commands) and turns it green.
# Keep a story for each kind of change, two things told apart, and refusals at different states, or the generator asks for them.
Feature: {{name}}
  The store sells packets of seed while it has them; a sale of more than it has is refused.

  Background:
    Given the store has 30 packets of "basil"

  Rule: a sale takes packets from the store

    Scenario Outline: selling packets
      When <sold> packets of "basil" are sold
      Then the store has <left> packets of "basil"

      Examples: up to the last packet
        | sold | left |
        | 1    | 29   |
        | 29   | 1    |
        | 30   | 0    |

    Scenario: selling all of a kind the store has less of
      Given the store has 4 packets of "thyme"
      When 4 packets of "thyme" are sold
      Then the store has 0 packets of "thyme"

    Scenario: each kind is counted apart
      Given the store has 4 packets of "thyme"
      When 1 packets of "basil" are sold
      And 2 packets of "thyme" are sold
      Then the store has 29 packets of "basil"
      And the store has 2 packets of "thyme"

  Rule: a sale of more than the store has is refused

    Scenario: selling one packet more than the store has
      When 31 packets of "basil" are sold
      Then the sale is refused with "only 30 packets of basil left"
      And the store has 30 packets of "basil"

    Scenario: selling one packet more of a kind the store has less of
      Given the store has 4 packets of "thyme"
      When 5 packets of "thyme" are sold
      Then the sale is refused with "only 4 packets of thyme left"
      And the store has 4 packets of "thyme"

    Scenario: selling many more than the store has
      Given the store has 8 packets of "dill"
      When 20 packets of "dill" are sold
      Then the sale is refused with "only 8 packets of dill left"
