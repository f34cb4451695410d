Feature: Water slide
  Riders queue at the top of the slide and the lifeguard sends them down one at a time, in the
  order they joined. The next rider can only go once the one in the tube has splashed into the
  pool. The slide closes now and then for cleaning; people can still join the queue meanwhile.

  Background:
    Given the slide is open with nobody in the tube or the queue

  Scenario: one at a time
    When Kit joins the queue
    And Raj joins the queue
    And the lifeguard sends the next rider
    Then the tube holds "Kit"
    And the queue is "Raj"
    When the lifeguard sends the next rider
    Then sending is refused with "wait for Kit to reach the pool"
    When the rider splashes into the pool
    And the lifeguard sends the next rider
    Then the tube holds "Raj"
    And the queue is "empty"

  Scenario: counting the splashes
    When Kit joins the queue
    And the lifeguard sends the next rider
    And the rider splashes into the pool
    And Kit joins the queue
    And the lifeguard sends the next rider
    And the rider splashes into the pool
    Then the splash count is 2
    And the tube holds "nobody"
    When the rider splashes into the pool
    Then the splash is refused with "the tube is empty"

  Scenario: joining mistakes
    When the lifeguard sends the next rider
    Then sending is refused with "nobody is waiting"
    When Lou joins the queue
    And Lou joins the queue
    Then joining is refused with "Lou is already queueing"
    When the lifeguard sends the next rider
    And Lou joins the queue
    Then joining is refused with "Lou is on the slide"
    When the rider splashes into the pool
    And Lou joins the queue
    Then the queue is "Lou"

  Scenario: closed for cleaning
    When Ned joins the queue
    And Tia joins the queue
    And the slide closes for cleaning
    And the lifeguard sends the next rider
    Then sending is refused with "the slide is closed"
    When Max joins the queue
    And the slide opens again
    And the lifeguard sends the next rider
    Then the tube holds "Ned"
    And the queue is "Tia, Max"
    And the splash count is 0
