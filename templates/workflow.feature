# template: workflow — a process that moves through named states, one step at a time, refusing a step out of order
# Offline, specloop writes the state machine (a state field, a method per step, refusals) but these scenarios do not
# decide every refusal's edge: `specloop run` says which scenario would, and the code stays marked unconfirmed (the
# gate's rules check fails on it) until you add it, or implement src/ by hand, or generate with a model
# (specloop run --generator openai).
Feature: {{name}}
  An order is placed, paid, then shipped; it cannot be shipped before it is paid, nor paid once shipped.

  Background:
    Given an order is placed

  Rule: an order moves forward one step at a time

    Scenario Outline: each step from where the order stands
      When the order is <step>
      Then the order is "<state>"

      Examples: the first step
        | step | state |
        | paid | paid  |

    Scenario: shipping a paid order
      Given the order is paid
      When the order is shipped
      Then the order is "shipped"

  Rule: an order is shipped only once it is paid, and paid only before it is shipped

    Scenario: shipping an unpaid order is refused
      When the order is shipped
      Then the step is refused with "the order is not paid yet"
      And the order is "placed"

    Scenario: paying a shipped order is refused
      Given the order is paid
      And the order is shipped
      When the order is paid
      Then the step is refused with "the order is shipped already"
      And the order is "shipped"
