//! One way to run slow work off the caller's thread (exports, import plans, report previews,
//! draft writes): the work gets a way to report progress, the caller polls without waiting,
//! and a worker that died is said, not waited for. Whoever polls decides what the result
//! means; nothing here knows about screens.

use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::thread;

/// A piece of work running on its own thread; `P` is its progress, `T` its result.
pub struct Job<P, T> {
    news: Receiver<News<P, T>>,
    progress: Option<P>,
}

enum News<P, T> {
    Progress(P),
    Done(T),
}

/// What a poll found.
#[derive(Debug, PartialEq, Eq)]
pub enum Polled<T> {
    /// Still working; `moved` when its progress changed since the last poll.
    Running {
        moved: bool,
    },
    Done(T),
    /// The worker ended without a result (it panicked): nothing came of it.
    Lost,
}

impl<P, T> Job<P, T>
where
    P: PartialEq + Send + 'static,
    T: Send + 'static,
{
    /// Start `work` on a new thread. It is handed a function to report progress with; a
    /// report nobody reads any more (the job was dropped) is fine.
    pub fn spawn<F>(work: F) -> Job<P, T>
    where
        F: FnOnce(&mut dyn FnMut(P)) -> T + Send + 'static,
    {
        let (send, news) = mpsc::channel();
        thread::spawn(move || {
            let progress = send.clone();
            let mut report = move |p: P| {
                let _ = progress.send(News::Progress(p));
            };
            let result = work(&mut report);
            let _ = send.send(News::Done(result));
        });
        Job {
            news,
            progress: None,
        }
    }

    /// What the worker said since last time, without waiting.
    pub fn poll(&mut self) -> Polled<T> {
        let mut moved = false;
        loop {
            match self.news.try_recv() {
                Ok(News::Progress(p)) => {
                    moved |= self.progress.as_ref() != Some(&p);
                    self.progress = Some(p);
                }
                Ok(News::Done(result)) => return Polled::Done(result),
                Err(TryRecvError::Empty) => return Polled::Running { moved },
                Err(TryRecvError::Disconnected) => return Polled::Lost,
            }
        }
    }

    /// Wait for the result (for work known to be short, such as a small file being
    /// written before the program ends); `None` when the worker ended without one.
    pub fn wait(self) -> Option<T> {
        loop {
            match self.news.recv() {
                Ok(News::Progress(_)) => {}
                Ok(News::Done(result)) => return Some(result),
                Err(_) => return None,
            }
        }
    }

    /// The last progress the worker reported.
    pub fn progress(&self) -> Option<&P> {
        self.progress.as_ref()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Poll until the job is no longer running (the test's own work is tiny).
    fn finish<P, T>(job: &mut Job<P, T>) -> Polled<T>
    where
        P: PartialEq + Send + 'static,
        T: Send + 'static,
    {
        loop {
            match job.poll() {
                Polled::Running { .. } => thread::yield_now(),
                other => return other,
            }
        }
    }

    #[test]
    fn a_job_reports_progress_then_its_result() {
        let (go, wait) = mpsc::channel::<()>();
        let mut job = Job::spawn(move |progress: &mut dyn FnMut(u32)| {
            progress(1);
            progress(2);
            let _ = wait.recv();
            7
        });
        // Until told to go, it runs; its last progress is kept and a change is said.
        let mut moved = false;
        while job.progress() != Some(&2) {
            match job.poll() {
                Polled::Running { moved: m } => moved |= m,
                other => panic!("the job ended early: {other:?}"),
            }
            thread::yield_now();
        }
        assert!(moved);
        assert_eq!(job.poll(), Polled::Running { moved: false });
        let _ = go.send(());
        assert_eq!(finish(&mut job), Polled::Done(7));
    }

    #[test]
    fn waiting_gives_the_result_or_none_for_a_lost_worker() {
        let job = Job::spawn(|progress: &mut dyn FnMut(u8)| {
            progress(1);
            "written"
        });
        assert_eq!(job.wait(), Some("written"));
        let lost: Job<(), u8> = Job::spawn(|_: &mut dyn FnMut(())| panic!("broken"));
        assert_eq!(lost.wait(), None);
    }

    #[test]
    fn a_worker_that_panics_is_lost_not_waited_for() {
        let mut job: Job<(), u32> = Job::spawn(|_: &mut dyn FnMut(())| panic!("broken"));
        assert_eq!(finish(&mut job), Polled::Lost);
    }
}
