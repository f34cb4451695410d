Feature: Plan recommendation
  Up to 5 GB a month suits the Small plan, up to 20 GB the Medium plan, and anything above 20 GB the Unlimited plan.

  Scenario Outline: recommending a plan from last month's data use
    Given a customer who used <gigabytes> GB of mobile data last month
    When a plan is recommended
    Then the recommended plan is <plan>

    Examples:
      | gigabytes | plan      |
      | 0         | Small     |
      | 5.1       | Medium    |
      | 15        | Medium    |
      | 20.1      | Unlimited |
      | 250       | Unlimited |
